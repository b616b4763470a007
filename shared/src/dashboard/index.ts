export * from "./documents";
export * from "./periods";
export * from "./digest-pair";
export * from "./suppression";
export * from "./rollup";
export * from "./view";
export * from "./figures";
export * from "./csv";
