import type { AgendaItem } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";

/** An agenda as headings with their prompts. */
export function AgendaList({ items, label }: { items: readonly AgendaItem[]; label: string }) {
  const styles = useCommonStyles();
  if (items.length === 0) return <p className={styles.meta}>This template has no agenda.</p>;
  return (
    <ol aria-label={label} style={{ margin: 0, paddingInlineStart: "1.5em" }}>
      {items.map((item, index) => (
        <li key={index}>
          <strong>{item.heading}</strong>
          {item.prompt && <span className={styles.meta}> – {item.prompt}</span>}
        </li>
      ))}
    </ol>
  );
}
