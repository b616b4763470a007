export * from "./aliases";
export * from "./message-text";
export * from "./program-search";
export * from "./tab-link";
