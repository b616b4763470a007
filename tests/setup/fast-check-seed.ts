import fc from "fast-check";

// Property tests explore new random cases on developers' machines; CI replays one fixed seed so a
// submission never fails on a case nobody has seen. A local failure prints its seed to replay.
if (process.env.CI) fc.configureGlobal({ seed: 20261122 });
