import { makeStyles, tokens } from "@fluentui/react-components";

/** Group layouts of the profile form (checkbox groups, repeating rows) and their problem text. */
export const useProfileFormStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  options: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  row: {
    // Grid items and selects may shrink below their longest option, so nothing pushes past 320 px.
    "& > *": { minWidth: 0 },
    "& .fui-Select, & select": { minWidth: 0, maxWidth: "100%" },
    display: "grid",
    // Wraps onto more lines at narrow widths (320 CSS px reflow, WCAG 1.4.10) instead of scrolling.
    gridTemplateColumns: "repeat(auto-fit, minmax(min(150px, 100%), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  slotRow: {
    // Grid items and selects may shrink below their longest option, so nothing pushes past 320 px.
    "& > *": { minWidth: 0 },
    "& .fui-Select, & select": { minWidth: 0, maxWidth: "100%" },
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(110px, 100%), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  /** Level with the inputs, under their labels, even when a problem shows under one of them. */
  rowAction: {
    marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS} + 2px)`,
    justifySelf: "start",
  },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** Props that put a problem under a Fluent Field. */
export const errorProps = (message: string | undefined) =>
  message ? { validationMessage: message, validationState: "error" as const } : {};
