/** Who is acting, taken from a validated token or an authenticated bot activity, never from Teams context. */
export interface Actor {
  tenantId: string;
  userId: string;
  displayName: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const newId = (): string => crypto.randomUUID().replace(/-/g, "").slice(0, 20);
