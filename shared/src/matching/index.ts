export * from "./types";
export { DEFAULT_WEIGHTS, matchingInputSchema, validateMatchingInput } from "./schema";
export { solveMatching, DEFAULT_OPTIONS as DEFAULT_MATCHING_OPTIONS } from "./solve";
export { explainPair, whyNot } from "./explain";
export { explainPairs } from "./explain-pairs";
export type { WhyNotAnswer, WhyNotKind } from "./explain";
