import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The local Cosmos emulator (@vercel/cosmosdb-server) runs every query through @zeit/cosmosdb-query, which
// compiles SQL to JavaScript. Unpatched, 0.7.2 builds the FROM/JOIN rows with
// `reduce(($, c) => [...$, { c }], [])`, copying the accumulator once per document: O(n²) in the size of
// the container. patches/@zeit+cosmosdb-query+0.7.2.patch (applied by the root postinstall) makes it linear;
// these tests fail when the patch is missing. See docs/adr/0027-patched-emulator-query-engine.md.

interface CompiledQuery {
  readonly code: string;
  exec(
    items: object[],
    options?: {
      parameters?: { name: string; value: unknown }[];
      maxItemCount?: number;
      continuation?: { token: string };
    },
  ): { result: unknown[]; continuation: { token: string } | null };
}

// Load the copy the emulator itself loads, not whichever one happens to be hoisted.
const fromServer = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server"));
const query = (fromServer("@zeit/cosmosdb-query") as { default: (sql: string) => CompiledQuery }).default;

interface Doc {
  id: string;
  _rid: string;
  tenantId: string;
  kind: string;
  n: number;
  tags: string[];
  goals: { title: string; items: { done: boolean }[] }[];
}

function docs(count: number): Doc[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    _rid: `r${String(i).padStart(6, "0")}`,
    tenantId: i % 2 === 0 ? "t-even" : "t-odd",
    kind: i % 3 === 0 ? "pair" : "profile",
    n: i,
    tags: i % 4 === 0 ? [] : ["a", "b"],
    goals: [{ title: `g${i}`, items: [{ done: true }, { done: i % 5 === 0 }] }],
  }));
}

const queries = {
  where: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'pair'",
  join: "SELECT c.id, t FROM c JOIN t IN c.tags WHERE t = 'b'",
  nestedJoin: "SELECT c.id, i.done FROM c JOIN g IN c.goals JOIN i IN g.items WHERE i.done = false",
  subqueryJoin: "SELECT c.id FROM c JOIN (SELECT VALUE t FROM t IN c.tags WHERE t = 'a') a",
  memberSource: "SELECT VALUE g.title FROM c.goals[0] g",
};

/**
 * Runs `work` while counting every step taken by an array iterator. Spreading an array (`[...$]`) steps
 * through all of it, so a spread-accumulating reduce over n documents takes about n²/2 steps, while a
 * linear engine takes a few per document. Operation counts, not wall-clock time, so the test is not flaky.
 */
function countArraySteps<T>(work: () => T): { value: T; steps: number } {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator)!;
  const original = descriptor.value as (this: unknown[]) => Iterator<unknown>;
  let steps = 0;
  function counting(this: unknown[]): IterableIterator<unknown> {
    const inner = original.call(this);
    return {
      next() {
        steps += 1;
        return inner.next();
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  }
  Object.defineProperty(Array.prototype, Symbol.iterator, { ...descriptor, value: counting });
  try {
    const value = work();
    return { value, steps };
  } finally {
    Object.defineProperty(Array.prototype, Symbol.iterator, descriptor);
  }
}

describe("the local Cosmos emulator's query engine (patched @zeit/cosmosdb-query)", () => {
  it("compiles FROM and JOIN without a spread-accumulating reduce", () => {
    for (const sql of Object.values(queries)) {
      const { code } = query(sql);
      expect(code, sql).not.toMatch(/\.reduce\(\s*\(\$,/);
      expect(code, sql).not.toMatch(/\[\s*\.\.\.\$\s*,/);
      expect(code, sql).toMatch(/\.flatMap\(/);
    }
  });

  it("answers queries over a few thousand documents correctly, in a number of steps linear in their count", () => {
    const items = docs(4000);
    const parameters = [{ name: "@tenantId", value: "t-odd" }];
    const cases: { sql: string; expected: unknown[] }[] = [
      {
        sql: queries.where,
        expected: items.filter((d) => d.tenantId === "t-odd" && d.kind === "pair"),
      },
      {
        sql: queries.join,
        expected: items.flatMap((d) => d.tags.filter((t) => t === "b").map((t) => ({ id: d.id, t }))),
      },
      {
        sql: queries.nestedJoin,
        expected: items.flatMap((d) =>
          d.goals.flatMap((g) => g.items.filter((i) => !i.done).map((i) => ({ id: d.id, done: i.done }))),
        ),
      },
      {
        sql: queries.subqueryJoin,
        expected: items.filter((d) => d.tags.includes("a")).map((d) => ({ id: d.id })),
      },
      { sql: queries.memberSource, expected: items.map((d) => d.goals[0]!.title) },
      // every document goes through the result's stripUndefined, which also accumulated by spreading
      { sql: "SELECT * FROM c", expected: items },
    ];
    for (const { sql, expected } of cases) {
      const compiled = query(sql);
      void compiled.code; // compile outside the count
      const { value, steps } = countArraySteps(() => compiled.exec(items, { parameters }));
      expect(value.result, sql).toEqual(expected);
      // Patched: 1 to 23 steps a document (stripUndefined destructures each field of each result).
      // Unpatched: about 4000²/2 = 8,000,000 for each of these.
      expect(steps, sql).toBeLessThan(50 * items.length);
    }
  });

  it("keeps paging by continuation intact", () => {
    const items = docs(250);
    const seen: string[] = [];
    let continuation: { token: string } | undefined;
    const compiled = query("SELECT c.id FROM c WHERE c.kind = 'profile'");
    do {
      const page = compiled.exec(items, { maxItemCount: 40, ...(continuation ? { continuation } : {}) });
      seen.push(...(page.result as { id: string }[]).map((r) => r.id));
      continuation = page.continuation ?? undefined;
    } while (continuation);
    expect(seen).toEqual(items.filter((d) => d.kind === "profile").map((d) => d.id));
  });
});
