import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { Figure } from "@baton/shared";
import { figureText } from "./figure-text";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: { ...typographyStyles.title3, margin: 0 },
  label: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface FigureItem {
  label: string;
  figure: Figure;
  unit?: string;
}

/** Headline figures as a description list (label, then value), hidden ones in words. */
export function FigureList({ items, min, label }: { items: FigureItem[]; min: number; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className={styles.tile}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={styles.value}>{figureText(item.figure, min, item.unit)}</dd>
        </div>
      ))}
    </dl>
  );
}
