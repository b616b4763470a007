/** Choices for a rating input, e.g. 1–5 or 0–10, as Adaptive Card ChoiceSet choices. */
export const ratingChoices = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ title: String(from + i), value: String(from + i) }));
