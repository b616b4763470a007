import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { ThemeName } from "./theme-name";

const themes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const fluentTheme = (name: ThemeName): Theme => themes[name];
