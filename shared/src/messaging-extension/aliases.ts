/**
 * Words people type for a skill, mapped to the words the taxonomy uses ("k8s" finds Kubernetes).
 * Keys and values are lower case; a value may be several words. Small on purpose: add an entry when
 * a search misses something people really type.
 */
export const skillAliases: Readonly<Record<string, string>> = {
  k8s: "kubernetes",
  kube: "kubernetes",
  aks: "kubernetes azure",
  eks: "kubernetes aws",
  tf: "terraform",
  iac: "terraform infrastructure as code",
  fw: "firewalls",
  firewall: "firewalls",
  ngfw: "firewalls",
  ps: "powershell",
  pwsh: "powershell",
  sh: "bash scripting",
  py: "python",
  js: "javascript",
  ts: "typescript",
  ad: "active directory",
  entra: "entra active directory identity",
  aad: "entra active directory identity",
  iam: "identity access",
  sql: "databases sql",
  db: "databases",
  dba: "databases",
  ci: "pipelines devops",
  cd: "pipelines devops",
  cicd: "pipelines devops",
  gh: "github",
  az: "azure",
  gcp: "google cloud",
  o365: "microsoft 365",
  m365: "microsoft 365",
  itil: "service desk incident",
  soc: "security operations",
  siem: "security monitoring",
  vpn: "networking vpn",
  dns: "networking dns",
  bgp: "bgp routing networking",
  lan: "networking",
  wan: "networking",
  comms: "communication",
  docker: "containers docker",
  vm: "virtual machines virtualisation",
  vms: "virtual machines virtualisation",
};

/** The query's words plus the words their aliases stand for (lower case, each once). */
export function expandAliases(query: string): string[] {
  const out: string[] = [];
  for (const word of query
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean)) {
    out.push(word);
    for (const extra of (skillAliases[word] ?? "").split(" ").filter(Boolean)) out.push(extra);
  }
  return [...new Set(out)];
}
