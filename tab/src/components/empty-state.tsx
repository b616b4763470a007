import { makeStyles, tokens } from "@fluentui/react-components";
import { SparkleRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-start",
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
  icon: {
    fontSize: "32px",
    flexShrink: 0,
    color: tokens.colorBrandForeground1,
  },
  content: { minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, margin: 0 },
  body: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** Nothing here yet, an icon, and the one next step. `icon` is decorative (default: a sparkle). */
export function EmptyState({
  title,
  icon,
  children,
}: {
  title: string;
  icon?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <span className={styles.icon} aria-hidden>
        {icon ?? <SparkleRegular />}
      </span>
      <div className={styles.content}>
        <p className={styles.title}>{title}</p>
        {children && <div className={styles.body}>{children}</div>}
      </div>
    </div>
  );
}
