import type { Skill } from "../domain/program";

type Row = readonly [id: string, name: string, critical?: boolean];

/** Groups of the built-in IT taxonomy, in display order. */
export const IT_SKILL_GROUPS = [
  "Cloud",
  "Networking",
  "Security",
  "Service desk",
  "Data",
  "Development",
  "Operations",
  "Leadership",
  "Communication",
] as const;

const ROWS: Record<(typeof IT_SKILL_GROUPS)[number], Row[]> = {
  Cloud: [
    ["azure", "Microsoft Azure", true],
    ["aws", "Amazon Web Services"],
    ["kubernetes", "Kubernetes", true],
    ["terraform", "Terraform and infrastructure as code"],
    ["cloud-cost", "Cloud cost management"],
  ],
  Networking: [
    ["networking-basics", "TCP/IP and routing"],
    ["firewalls", "Firewalls and exceptions", true],
    ["dns-dhcp", "DNS and DHCP"],
    ["wifi", "Wireless networks"],
    ["vpn", "VPN and remote access"],
  ],
  Security: [
    ["identity", "Identity and access (Entra ID)", true],
    ["incident-response", "Security incident response", true],
    ["vulnerability-management", "Vulnerability management"],
    ["secure-config", "Secure configuration baselines"],
  ],
  "Service desk": [
    ["itil", "ITIL and service management"],
    ["ticket-triage", "Ticket triage"],
    ["endpoint-management", "Endpoint management (Intune)"],
    ["m365-admin", "Microsoft 365 administration"],
  ],
  Data: [
    ["sql", "SQL"],
    ["backup", "Backup and restore", true],
    ["power-bi", "Power BI reporting"],
    ["data-governance", "Data governance"],
  ],
  Development: [
    ["powershell", "PowerShell scripting", true],
    ["python", "Python"],
    ["git", "Git and code review"],
    ["ci-cd", "CI/CD pipelines"],
    ["legacy-scripts", "Legacy scripts and tools", true],
  ],
  Operations: [
    ["monitoring", "Monitoring and alerting"],
    ["windows-server", "Windows Server"],
    ["linux", "Linux administration"],
    ["change-management", "Change management"],
  ],
  Leadership: [
    ["team-leadership", "Leading a team"],
    ["stakeholders", "Working with stakeholders"],
    ["prioritisation", "Prioritisation and planning"],
    ["coaching", "Coaching and feedback"],
  ],
  Communication: [
    ["writing-docs", "Writing documentation"],
    ["presenting", "Presenting to a group"],
    ["explaining", "Explaining technical topics simply"],
  ],
};

/** The built-in IT taxonomy templates start from (fresh copies; ids are stable and never reused). */
export function itTaxonomy(): Skill[] {
  return IT_SKILL_GROUPS.flatMap((group) =>
    ROWS[group].map(([id, name, critical]) => ({ id, name, group, critical: critical === true })),
  );
}

/** The built-in taxonomy limited to some groups (e.g. a leadership program). */
export function itTaxonomyOf(groups: readonly string[]): Skill[] {
  return itTaxonomy().filter((s) => groups.includes(s.group));
}
