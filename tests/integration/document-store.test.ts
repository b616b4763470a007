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

describe("DocumentStore refuses reserved characters in ids and key parts (second line of defence)", () => {
  const reserved = ["|", "/", "\\", "?", "#", "\u0000", "\n", "\u007f"];
  it.each(reserved)("an id containing %j is refused before it reaches Cosmos", async (ch) => {
    const id = `a${ch}b`;
    await expect(store.create(doc("alpha", id))).rejects.toMatchObject({ code: "validation" });
    await expect(store.upsert(doc("alpha", id))).rejects.toMatchObject({ code: "validation" });
    await expect(store.read("alpha", "t:alpha|pair:p1", id)).rejects.toMatchObject({ code: "not-found" });
    await expect(store.delete("alpha", "t:alpha|pair:p1", id)).rejects.toMatchObject({ code: "not-found" });
  });

  it.each(reserved.filter((ch) => ch !== "|"))("a key part containing %j is refused", async (ch) => {
    const pk = `t:alpha|pair:p${ch}1`;
    await expect(store.read("alpha", pk, "x")).rejects.toMatchObject({ code: "not-found" });
    await expect(store.queryPartition("alpha", pk)).rejects.toMatchObject({ code: "not-found" });
    await expect(store.create(doc("alpha", "x", { pk }))).rejects.toMatchObject({ code: "validation" });
  });

  it("a tenant id carrying the separator cannot reach another partition", async () => {
    await store.create(doc("alpha", "victim", { pk: "t:alpha|user:u1", secret: "u1's" }));
    const forgedTenant = "alpha|user:u1";
    await expect(store.read(forgedTenant, `t:${forgedTenant}`, "victim")).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(
      store.upsert({ id: "victim", pk: `t:${forgedTenant}`, tenantId: forgedTenant, type: "note" }),
    ).rejects.toMatchObject({ code: "validation" });
    expect(await store.read("alpha", "t:alpha|user:u1", "victim")).toMatchObject({ secret: "u1's" });
  });
});
