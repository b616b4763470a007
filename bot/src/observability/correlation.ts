import { hashKey } from "../rhythm/hash-key";

/**
 * The correlation id of a proactive send (a reminder message, an outbox entry, a private answer): the
 * 32-character hash of its idempotency key, the same hash that names its ledger entry (`sent:<id>`)
 * and its outbox entry (`outbox:<id>`) in Cosmos DB. Stable across retries and instances, so every
 * instance that claims, sends or gives up on that message logs the same id. Never the key itself:
 * keys hold user, pair and conversation ids.
 */
export const sendCorrelationId = (idempotencyKey: string): string => hashKey(idempotencyKey);
