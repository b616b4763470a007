/** The New program flow, in order. */
export const newProgramSteps = [
  { id: "template", title: "Start from a template" },
  { id: "basics", title: "Basics" },
  { id: "taxonomy", title: "Skills taxonomy" },
  { id: "templates", title: "Agreement and agendas" },
  { id: "matching", title: "Matching" },
  { id: "outcomes", title: "Outcomes" },
  { id: "summary", title: "Review and create" },
] as const;
export type NewProgramStep = (typeof newProgramSteps)[number]["id"];

/** The step that edits a field the server named (e.g. "cohortEnd" → basics). */
export function stepOfField(field: string | undefined): NewProgramStep {
  const top = (field ?? "").split(".")[0] ?? "";
  if (top === "skills") return "taxonomy";
  if (top === "agreementTemplate" || top === "agendaTemplates") return "templates";
  if (top === "matchingWeights" || top === "matchingMode") return "matching";
  if (top === "outcomes") return "outcomes";
  if (top === "template") return "template";
  return "basics";
}
