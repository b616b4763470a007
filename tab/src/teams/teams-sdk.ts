import type * as TeamsJs from "@microsoft/teams-js";

export type TeamsSdk = typeof TeamsJs;

let sdk: Promise<TeamsSdk> | undefined;

/** teams-js is loaded only when Baton may be hosted by Teams, so the browser page stays small. */
export const loadTeamsSdk = (): Promise<TeamsSdk> => (sdk ??= import("@microsoft/teams-js"));
