import type { ExportedPair, MyDataExport } from "./export-assembler";
import { WHAT_BATON_HOLDS } from "./what-baton-holds";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const text = (v: unknown): string =>
  typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v);

function list(items: readonly string[], empty: string): string {
  return items.length === 0
    ? `<p>${escapeHtml(empty)}</p>`
    : `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
}

function definitions(record: Record<string, unknown> | null, skip: readonly string[] = []): string {
  if (!record) return "<p>None.</p>";
  const rows = Object.entries(record)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(text(v))}</dd>`);
  return `<dl>${rows.join("")}</dl>`;
}

function pairSection(p: ExportedPair): string {
  const members = (p.pair.members as { displayName: string; role: string }[] | undefined) ?? [];
  const title = members.map((m) => `${m.displayName} (${m.role})`).join(" and ");
  const item = (d: Record<string, unknown>, main: string, extra: string) =>
    `${escapeHtml(text(d[main]))}${d[extra] ? ` — ${escapeHtml(text(d[extra]))}` : ""}`;
  return [
    `<section><h3>${escapeHtml(title)}</h3>`,
    `<p>Status: ${escapeHtml(text(p.pair.status))}</p>`,
    `<h4>Agreement</h4>${p.agreement ? definitions((p.agreement.terms as Record<string, unknown>) ?? null) : "<p>None.</p>"}`,
    `<h4>Goals</h4>${list(
      p.goals.map((g) => item(g, "title", "description")),
      "None.",
    )}`,
    `<h4>Action items</h4>${list(
      p.actionItems.map((a) => item(a, "title", "dueDate")),
      "None.",
    )}`,
    `<h4>Sessions</h4>${list(
      p.sessions.map((s) => item(s, "at", "sharedNotes")),
      "None.",
    )}`,
    `<h4>My private notes</h4>${list(
      p.privateNotes.map((n) => escapeHtml(text(n.text))),
      "None.",
    )}`,
    `<h4>My check-ins and chemistry answers</h4>${list(
      [...p.checkIns, ...p.chemistryAnswers].map((c) => escapeHtml(text({ ...c, id: undefined }))),
      "None.",
    )}`,
    `</section>`,
  ].join("");
}

/**
 * A readable, self-contained HTML page of an export (`GET /api/me/export?format=html`): what Baton
 * holds and who sees it, then each part of the export in plain lists. Every value is escaped.
 */
export function exportToHtml(data: MyDataExport): string {
  const name = escapeHtml(data.person.displayName);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>My data in Baton: ${name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:600}dd{margin:0 0 .5rem 1rem}</style>
</head><body>
<h1>My data in Baton</h1>
<p>${name}, exported ${escapeHtml(data.generatedAt)} (UTC). The JSON download holds the same data in full.</p>
<h2>What Baton holds and who sees it</h2>
${list(
  WHAT_BATON_HOLDS.map(
    (p) => `<strong>${escapeHtml(p.title)}</strong>: ${escapeHtml(p.what)} ${escapeHtml(p.whoSees)}`,
  ),
  "",
)}
<h2>Profile</h2>${definitions(data.profile, ["id", "type"])}
<h2>Programs</h2>${list(
    data.enrolments.map((e) => `${escapeHtml(text(e.programId))}: ${escapeHtml(text(e.status))}`),
    "None.",
  )}
<h2>Pairs</h2>${data.pairs.length === 0 ? "<p>None.</p>" : data.pairs.map(pairSection).join("")}
<h2>Survey answers</h2>${list(
    data.surveyAnswers.map((s) => escapeHtml(text({ ...s, id: undefined }))),
    "None.",
  )}
<h2>Mentor requests</h2>${list(
    [...data.mentorRequests.made, ...data.mentorRequests.received].map(
      (r) =>
        `${escapeHtml(text(r.menteeName))} to ${escapeHtml(text(r.mentorName))}: ${escapeHtml(text(r.status))}`,
    ),
    "None.",
  )}
<h2>Reminder settings</h2>${definitions(data.reminderSettings, ["id", "type"])}
</body></html>
`;
}
