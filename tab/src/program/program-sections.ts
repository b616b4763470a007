/** The program page's sections, in tab order. */
export const programSections = [
  { id: "setup", label: "Setup" },
  { id: "intake", label: "Intake progress" },
  { id: "matching", label: "Matching" },
] as const;

export type ProgramSectionId = (typeof programSections)[number]["id"];

export const programSectionFrom = (value: string | null | undefined): ProgramSectionId =>
  programSections.find((section) => section.id === value)?.id ?? "intake";
