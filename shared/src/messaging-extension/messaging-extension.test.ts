import { describe, expect, it } from "vitest";
import { expandAliases } from "./aliases";
import { actionItemFromMessage, messagePlainText } from "./message-text";
import { pairIdFromLink } from "./tab-link";

describe("messagePlainText", () => {
  it("drops mentions and tags, keeps paragraphs as lines, decodes entities", () => {
    expect(
      messagePlainText(
        '<p><at id="0">Oskar</at>&nbsp;check &lt;this&gt; &amp; that&#39;s it</p><div>next<br/>line</div>',
      ),
    ).toBe("check <this> & that's it\nnext\nline");
  });
});

describe("actionItemFromMessage", () => {
  it("puts what does not fit the title in the description, cut on a word", () => {
    const long = `${"word ".repeat(80)}end`;
    const { title, description } = actionItemFromMessage(`<p>${long}</p><p>second</p>`, 50);
    expect(title.length).toBeLessThanOrEqual(50);
    expect(title.endsWith("…")).toBe(true);
    expect(description.endsWith("end\nsecond")).toBe(true);
  });
});

describe("pairIdFromLink", () => {
  it("reads the tab's pair links and Teams deep links, nothing else", () => {
    expect(
      pairIdFromLink("https://baton.example/tab/pair/oskar-priya?section=goals", ["baton.example"]),
    ).toBe("oskar-priya");
    expect(pairIdFromLink("https://evil.example/tab/pair/oskar-priya", ["baton.example"])).toBeUndefined();
    const context = encodeURIComponent(JSON.stringify({ subEntityId: "pair:abc" }));
    expect(
      pairIdFromLink(`https://teams.microsoft.com/l/entity/app/my-mentoring?context=${context}`, []),
    ).toBe("abc");
    expect(pairIdFromLink("https://baton.example/tab/pair/..%2F..", ["baton.example"])).toBeUndefined();
  });
});

describe("expandAliases", () => {
  it("adds the taxonomy's words for what people type", () => {
    expect(expandAliases("K8s upgrade")).toEqual(["k8s", "kubernetes", "upgrade"]);
  });
});
