import { makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { focusAfter } from "./focus-after";

const useStyles = makeStyles({
  link: {
    position: "absolute",
    left: tokens.spacingHorizontalS,
    top: "-200px",
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus": { top: tokens.spacingVerticalS },
  },
});

/** The first stop for keyboard users: jumps past the header to the page's heading. */
export function SkipLink() {
  const styles = useStyles();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void focusAfter("#main h1", "#main");
  };
  return (
    <a href="#main" className={styles.link} onClick={onClick}>
      Skip to main content
    </a>
  );
}
