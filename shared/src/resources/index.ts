export * from "./resource-documents";
export * from "./resource-inputs";
export * from "./resource-views";
export * from "./resources-for-pair";
