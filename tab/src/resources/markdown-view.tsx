import { makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useMemo } from "react";

const marked = new Marked({
  gfm: true,
  async: false,
  // The playbook sits under the page's own headings: its # is a third-level heading.
  walkTokens(token) {
    if (token.type === "heading") token.depth = Math.min(6, token.depth + 2);
  },
});

let hooked = false;
function sanitize(html: string): string {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName !== "A") return;
      const href = node.getAttribute("href") ?? "";
      if (!/^(https:|mailto:)/i.test(href)) node.removeAttribute("href");
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    });
  }
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["img", "style", "form", "input", "button", "iframe", "video", "audio"],
  });
}

const useStyles = makeStyles({
  root: {
    overflowWrap: "anywhere",
    "& a": { color: tokens.colorBrandForegroundLink },
    "& h3, & h4, & h5, & h6": { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
    "& code": { fontFamily: tokens.fontFamilyMonospace },
  },
});

/**
 * Markdown rendered safely: `marked` to HTML, then DOMPurify (scripts, event handlers, images and
 * forms removed; links https: or mailto: only, opening in a new window). Loaded on demand so the
 * tab's first load does not carry either library.
 */
export default function MarkdownView({ markdown, label }: { markdown: string; label: string }) {
  const styles = useStyles();
  const html = useMemo(() => sanitize(marked.parse(markdown) as string), [markdown]);
  return (
    <div
      className={styles.root}
      aria-label={label}
      role="region"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
