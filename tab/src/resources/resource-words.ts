import type { ResourceKind, ResourceLevel } from "@baton/shared";

export const kindLabels: Record<ResourceKind, string> = {
  runbook: "Runbook",
  doc: "Document",
  course: "Course",
  video: "Video",
  book: "Book",
  talk: "Talk",
};

export const levelLabels: Record<ResourceLevel, string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

/** Whether the link is one we accept (the server checks the same): https only. */
export function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" && !url.username && !url.password;
  } catch {
    return false;
  }
}
