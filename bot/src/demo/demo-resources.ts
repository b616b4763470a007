import { partitionKeys, resourceIds, type PlaybookDocument, type ResourceDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";

type Entry = Pick<ResourceDocument, "title" | "url" | "kind" | "skillIds" | "level" | "description">;

const RESOURCES: (Entry & { id: string; by: [string, string]; daysAgo: number })[] = [
  {
    id: "r-firewall-runbook",
    title: "Firewall change runbook",
    url: "https://learn.microsoft.com/azure/firewall/overview",
    kind: "runbook",
    skillIds: ["firewalls", "networking"],
    level: "intermediate",
    description: "How we request, review and roll back a firewall rule change, with the exception checklist.",
    by: ["u-oskar", "Oskar Lindqvist"],
    daysAgo: 30,
  },
  {
    id: "r-k8s-basics",
    title: "Kubernetes basics",
    url: "https://kubernetes.io/docs/tutorials/kubernetes-basics/",
    kind: "course",
    skillIds: ["kubernetes"],
    level: "beginner",
    description: "The official interactive tutorial: deploy, expose, scale and update an app.",
    by: ["u-ines", "Ines Moreau"],
    daysAgo: 20,
  },
  {
    id: "r-bgp-talk",
    title: "BGP in the data centre, explained",
    url: "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-bgp-overview",
    kind: "doc",
    skillIds: ["bgp"],
    level: "advanced",
    description: "Why we peer the way we do, and what to check before touching a route map.",
    by: ["u-oskar", "Oskar Lindqvist"],
    daysAgo: 12,
  },
  {
    id: "r-incident-drill",
    title: "Incident response drill",
    url: "https://learn.microsoft.com/security/operations/incident-response-overview",
    kind: "runbook",
    skillIds: ["incident-response", "security-ops"],
    level: "intermediate",
    description: "Our first-hour checklist for a suspected breach, with who to call.",
    by: ["u-ines", "Ines Moreau"],
    daysAgo: 5,
  },
  {
    id: "r-terraform-course",
    title: "Terraform on Azure",
    url: "https://learn.microsoft.com/azure/developer/terraform/overview",
    kind: "course",
    skillIds: ["terraform", "azure"],
    level: "beginner",
    description: "Infrastructure as code from the first plan to modules.",
    by: ["u-ines", "Ines Moreau"],
    daysAgo: 2,
  },
];

const PLAYBOOK = `# Welcome, mentor

Thank you for mentoring. A few things that work well in this program:

## The first session
- Read the agreement together and change what does not fit.
- Ask what *done* looks like for each goal in six months.

## Every session
1. Start with the action items from last time.
2. Work on one real ticket or change together.
3. End with **one or two** action items, each with an owner and a due date.

## When it gets stuck
Say so early. Write to the program owner, or see [how to give feedback](https://learn.microsoft.com/training/).
`;

/** The demo program's resource library and mentor playbook. */
export async function seedDemoResources(
  repos: Repositories,
  tenantId: string,
  programId: string,
  now: Date,
): Promise<void> {
  const pk = partitionKeys.program(tenantId, programId);
  for (const r of RESOURCES) {
    const at = new Date(now.getTime() - r.daysAgo * 86_400_000).toISOString();
    const { id, by, daysAgo: _days, ...entry } = r;
    await repos.store.upsert<ResourceDocument>({
      id: resourceIds.resource(id),
      pk,
      tenantId,
      type: "resource",
      programId,
      resourceId: id,
      ...entry,
      createdBy: by[0],
      createdByName: by[1],
      createdAt: at,
      updatedAt: at,
    });
  }
  await repos.store.upsert<PlaybookDocument>({
    id: resourceIds.playbook(),
    pk,
    tenantId,
    type: "playbook",
    programId,
    markdown: PLAYBOOK,
    updatedBy: "u-ines",
    updatedAt: now.toISOString(),
  });
}
