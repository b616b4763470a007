/** The three looks Baton supports, following Teams: light, dark and high contrast. */
export type ThemeName = "light" | "dark" | "contrast";

/**
 * Maps a Teams theme ("default", "dark", "contrast") or the `?theme=` test parameter to our theme.
 * Anything unknown falls back to light, like Teams' own default.
 */
export function themeNameFrom(value: string | null | undefined): ThemeName {
  switch ((value ?? "").trim().toLowerCase()) {
    case "dark":
      return "dark";
    case "contrast":
    case "high-contrast":
      return "contrast";
    default:
      return "light";
  }
}
