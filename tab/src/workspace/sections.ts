/** The pair workspace's sections, in tab order. */
export const sections = [
  { id: "agreement", label: "Agreement" },
  { id: "goals", label: "Goals" },
  { id: "action-items", label: "Action items" },
  { id: "sessions", label: "Sessions" },
  { id: "resources", label: "Resources" },
  { id: "private-notes", label: "Private notes" },
] as const;

export type SectionId = (typeof sections)[number]["id"];

export const sectionFrom = (value: string | null | undefined): SectionId =>
  sections.find((section) => section.id === value)?.id ?? "agreement";
