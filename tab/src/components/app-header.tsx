import { Avatar, Button, makeStyles, tokens } from "@fluentui/react-components";
import { HomeRegular, PersonRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  nav: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  link: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  person: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface AppHeaderProps {
  signedIn: boolean;
  personName?: string;
  onSwitchPerson?: () => void;
  children?: ReactNode;
}

export function AppHeader({ signedIn, personName, onSwitchPerson }: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <span className={styles.brand}>Baton</span>
      {signedIn && (
        <nav aria-label="Baton" className={styles.nav}>
          <span className={styles.link}>
            <HomeRegular aria-hidden />
            <AppLink to={paths.personal()}>My mentoring</AppLink>
          </span>
          <span className={styles.link}>
            <PersonRegular aria-hidden />
            <AppLink to={paths.profile()}>My profile</AppLink>
          </span>
        </nav>
      )}
      {onSwitchPerson && (
        <div className={styles.person}>
          {personName && <Avatar name={personName} size={24} color="colorful" aria-hidden />}
          {personName && <span>Signed in as {personName}</span>}
          <Button size="small" onClick={onSwitchPerson}>
            Switch person
          </Button>
        </div>
      )}
    </header>
  );
}
