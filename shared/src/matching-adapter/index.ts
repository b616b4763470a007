export * from "./time-zone";
export * from "./goal-keywords";
export * from "./to-matching-input";
export * from "./describe-match";
export * from "./mentor-directory";
export * from "./why-not-words";
export * from "./match-facts";
export * from "./unmatched-words";
