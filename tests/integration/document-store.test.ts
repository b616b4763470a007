import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@baton/shared";
import { connectCosmos, type CosmosConnection } from "../../bot/src/data/cosmos-connection";
import { DocumentStore, type StoredDocument } from "../../bot/src/data/document-store";

let cosmos: CosmosConnection;
let store: DocumentStore;

beforeAll(async () => {
  cosmos = await connectCosmos({ mode: "local", dataDir: "unused", database: "t", container: "c" });
  store = new DocumentStore(cosmos.container);
});
afterAll(() => cosmos.close());

const doc = (tenantId: string, id: string, extra: object = {}): StoredDocument & Record<string, unknown> => ({
  id,
  pk: `t:${tenantId}|pair:p1`,
  tenantId,
  type: "note",
  ...extra,
});

describe("DocumentStore on the local Cosmos server", () => {
  it("keeps tenants apart even with the same ids", async () => {
    await store.create(doc("alpha", "same", { secret: "alpha's" }));
    await store.create(doc("beta", "same", { secret: "beta's" }));
    expect(await store.read("alpha", "t:alpha|pair:p1", "same")).toMatchObject({ secret: "alpha's" });
    const betaView = await store.queryPartition("beta", "t:beta|pair:p1");
    expect(betaView.map((d) => (d as { secret?: string }).secret)).toEqual(["beta's"]);
  });

  it("refuses a partition key outside the caller's tenant", async () => {
    await expect(store.read("beta", "t:alpha|pair:p1", "same")).rejects.toThrow(/outside tenant/);
    await expect(store.read("al", "t:alpha|pair:p1", "same")).rejects.toThrow(/outside tenant/);
    await expect(store.queryPartition("beta", "t:alpha|pair:p1")).rejects.toThrow(/outside tenant/);
    await expect(store.create(doc("alpha", "x", { pk: "t:beta|pair:p1" }))).rejects.toThrow(/outside tenant/);
  });

  it("does not return a document whose tenantId disagrees with the caller", async () => {
    await cosmos.container.items.create({
      id: "forged",
      pk: "t:alpha|pair:p1",
      tenantId: "beta",
      type: "note",
    });
    expect(await store.read("alpha", "t:alpha|pair:p1", "forged")).toBeUndefined();
    const listed = await store.queryPartition("alpha", "t:alpha|pair:p1");
    expect(listed.map((d) => d.id)).not.toContain("forged");
  });

  it("a replace with a stale ETag is a conflict and the newer write survives", async () => {
    const created = await store.create(doc("alpha", "etag-test", { v: 1 }));
    const first = await store.replace({ ...created, v: 2 }, created._etag as string);
    expect(first._etag).not.toBe(created._etag);
    const stale = store.replace({ ...created, v: 3 }, created._etag as string);
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    expect(await store.read("alpha", created.pk, "etag-test")).toMatchObject({ v: 2 });
  });

  it("creating the same id twice is a conflict, not a duplicate", async () => {
    await store.create(doc("alpha", "once"));
    await expect(store.create(doc("alpha", "once"))).rejects.toMatchObject({ code: "conflict" });
    const all = await store.queryPartition("alpha", "t:alpha|pair:p1", "c.id = @id", [
      { name: "@id", value: "once" },
    ]);
    expect(all).toHaveLength(1);
  });
});
