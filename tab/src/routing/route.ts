/** The tab's pages, parsed from the path so Teams and the browser can deep-link to them. */
export type Route =
  | { name: "personal" }
  | { name: "pair"; pairId: string }
  | { name: "profile" }
  | { name: "my-data" }
  | { name: "program"; programId: string }
  | { name: "find-mentor"; programId: string }
  | { name: "new-program" }
  | { name: "join"; programId: string }
  | { name: "dashboard"; programId: string }
  | { name: "knowledge-risk"; programId: string }
  | { name: "config" }
  | { name: "chat" }
  | { name: "root" }
  | { name: "not-found"; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/" || path === "/tab" || path === "/index.html") return { name: "root" };
  if (path === "/tab/personal") return { name: "personal" };
  if (path === "/tab/config") return { name: "config" };
  if (path === "/tab/chat") return { name: "chat" };
  if (path === "/tab/profile") return { name: "profile" };
  if (path === "/tab/my-data") return { name: "my-data" };
  if (path === "/tab/programs/new") return { name: "new-program" };
  const join = /^\/tab\/join\/([^/]+)$/.exec(path);
  if (join?.[1]) {
    const programId = decoded(join[1]);
    return programId === undefined ? { name: "not-found", path } : { name: "join", programId };
  }
  const pair = /^\/tab\/pair\/([^/]+)$/.exec(path);
  if (pair?.[1]) {
    const pairId = decoded(pair[1]);
    return pairId === undefined ? { name: "not-found", path } : { name: "pair", pairId };
  }
  const program = /^\/tab\/program\/([^/]+)$/.exec(path);
  if (program?.[1]) {
    const programId = decoded(program[1]);
    return programId === undefined ? { name: "not-found", path } : { name: "program", programId };
  }
  const dashboard = /^\/tab\/dashboard\/([^/]+)$/.exec(path);
  if (dashboard?.[1]) {
    const programId = decoded(dashboard[1]);
    return programId === undefined ? { name: "not-found", path } : { name: "dashboard", programId };
  }
  const knowledge = /^\/tab\/program\/([^/]+)\/knowledge-risk$/.exec(path);
  if (knowledge?.[1]) {
    const programId = decoded(knowledge[1]);
    return programId === undefined ? { name: "not-found", path } : { name: "knowledge-risk", programId };
  }
  const findMentor = /^\/tab\/find-mentor\/([^/]+)$/.exec(path);
  if (findMentor?.[1]) {
    const programId = decoded(findMentor[1]);
    return programId === undefined ? { name: "not-found", path } : { name: "find-mentor", programId };
  }
  return { name: "not-found", path };
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export const paths = {
  personal: () => "/tab/personal",
  pair: (pairId: string) => `/tab/pair/${encodeURIComponent(pairId)}`,
  profile: () => "/tab/profile",
  myData: () => "/tab/my-data",
  program: (programId: string) => `/tab/program/${encodeURIComponent(programId)}`,
  findMentor: (programId: string) => `/tab/find-mentor/${encodeURIComponent(programId)}`,
  newProgram: () => "/tab/programs/new",
  join: (programId: string) => `/tab/join/${encodeURIComponent(programId)}`,
  dashboard: (programId: string) => `/tab/dashboard/${encodeURIComponent(programId)}`,
  knowledgeRisk: (programId: string) => `/tab/program/${encodeURIComponent(programId)}/knowledge-risk`,
  config: () => "/tab/config",
  chat: () => "/tab/chat",
} as const;

/** Query parameters that must survive in-app navigation (the test theme). */
export function keepParams(target: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const theme = current.get("theme");
  if (!theme) return target;
  const [path = "", query = ""] = target.split("?");
  const next = new URLSearchParams(query);
  if (!next.has("theme")) next.set("theme", theme);
  return `${path}?${next.toString()}`;
}

/** Each route's name for the document title ("My profile – Baton"); pages with a person's name refine it. */
export function routeTitle(route: Route): string {
  const titles: Record<Route["name"], string> = {
    personal: "My mentoring",
    pair: "Pair workspace",
    profile: "My profile",
    "my-data": "My data",
    program: "Program",
    "find-mentor": "Find a mentor",
    "new-program": "Set up a program",
    join: "Join a program",
    dashboard: "Program dashboard",
    "knowledge-risk": "Knowledge risk",
    config: "Set up the tab",
    chat: "Pair chat",
    root: "My mentoring",
    "not-found": "Page not found",
  };
  return titles[route.name];
}
