import { createHash } from "node:crypto";

/** A short, stable, id-safe digest of a key (Cosmos ids may not hold / ? # \ and stay under 255 chars). */
export const hashKey = (key: string): string =>
  createHash("sha256").update(key).digest("base64url").slice(0, 32);
