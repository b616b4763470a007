export * from "./pseudonymise";
export * from "./erasure-plan";
export * from "./export-assembler";
export * from "./export-html";
export * from "./what-baton-holds";
export * from "./stored-document";
export * from "./retention";
