import type {
  CreateResourceInput,
  PairResourcesView,
  PlaybookDocument,
  ResourceDocument,
  ResourceLibraryView,
  UpdateResourceInput,
} from "@baton/shared";

type Call = <T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown) => Promise<T>;

const lib = (programId: string, ...rest: string[]) =>
  ["/api/programs", encodeURIComponent(programId), ...rest.map(encodeURIComponent)].join("/");

/** The resource library's API calls, on the app's authenticated `call`. */
export function resourcesApi(call: Call) {
  return {
    library: (programId: string) => call<ResourceLibraryView>("GET", lib(programId, "resources")),
    add: (programId: string, input: CreateResourceInput) =>
      call<ResourceDocument>("POST", lib(programId, "resources"), input),
    update: (programId: string, resourceId: string, input: UpdateResourceInput) =>
      call<ResourceDocument>("PUT", lib(programId, "resources", resourceId), input),
    remove: (programId: string, resourceId: string) =>
      call<{ removed: true }>("DELETE", lib(programId, "resources", resourceId)),
    savePlaybook: (programId: string, markdown: string, etag?: string) =>
      call<PlaybookDocument>("PUT", lib(programId, "playbook"), { markdown, ...(etag ? { etag } : {}) }),
    forPair: (pairId: string) =>
      call<PairResourcesView>("GET", `/api/pairs/${encodeURIComponent(pairId)}/resources`),
  };
}
