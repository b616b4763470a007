/** Where sign-in stands. In Teams the token comes from Teams SSO; outside, from the dev sign-in. */
export type AuthState =
  | { status: "starting" }
  | { status: "teams" }
  | { status: "dev"; token: string }
  | { status: "choose"; notice?: string }
  | { status: "no-sign-in" }
  | { status: "error"; message: string };
