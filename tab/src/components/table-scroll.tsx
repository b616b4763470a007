import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  region: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * A data table that needs two dimensions scrolls inside its own region at narrow widths (WCAG 1.4.10
 * exempts such tables), so the page itself never scrolls sideways. Keyboard users can focus the region
 * to scroll it; `label` names it (the table's caption).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={styles.region}>
      {children}
    </div>
  );
}
