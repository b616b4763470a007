import { makeStyles, tokens } from "@fluentui/react-components";
import type { IntakeProgressView } from "@baton/shared";
import { useCallback } from "react";
import type { ReactNode } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { RovingTabList } from "../components/roving-tab-list";
import { useCommonStyles } from "../components/use-common-styles";
import { RetentionLine } from "../my-data/retention-line";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { setSearchParam, useLocation } from "../routing/use-location";
import { IntakeSection } from "./intake-section";
import { MatchingSection } from "./matching-section";
import { LibrarySection } from "../resources/library-section";
import { programSectionFrom, programSections } from "./program-sections";
import type { ProgramSectionId } from "./program-sections";
import { useLoaded } from "../components/use-loaded";
import { SetupSection } from "../programs/setup-section";
import { ClosingSection } from "../closing/closing-section";
import { PairHealthSection } from "../closing/pair-health-section";
import { usePairHealth } from "../closing/use-pair-health";
import { ProgramStatusNote } from "../closing/program-status-note";

const useStyles = makeStyles({
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { paddingTop: tokens.spacingVerticalL },
});

/** A program owner's page: intake progress and match review, one tab each (both stay mounted). */
export function ProgramScreen({ programId }: { programId: string }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const api = useApi();
  const { search } = useLocation();
  const selected = programSectionFrom(search.get("section"));
  const load = useCallback(() => api.intakeProgress(programId), [api, programId]);
  const { data: intake, loadError, reload } = useLoaded<IntakeProgressView>(load);
  const health = usePairHealth(programId);

  if (!intake) {
    const notFound =
      isApiError(loadError) && (loadError.kind === "not-found" || loadError.kind === "forbidden");
    return (
      <div className={common.stack}>
        <h1 className={common.h1}>Program</h1>
        {notFound ? (
          <ErrorBar
            title="We could not open this program"
            message="It does not exist, or you are not one of its owners. Programs you run are listed on My mentoring."
          />
        ) : loadError ? (
          <ErrorBar
            title="We could not load this program"
            message={errorMessage(loadError, "load this program")}
            onAction={() => void reload()}
          />
        ) : (
          <LoadingState label="Loading the program…" />
        )}
        <p>
          <AppLink to={paths.personal()}>Go to My mentoring</AppLink>
        </p>
      </div>
    );
  }

  const panels: Record<ProgramSectionId, ReactNode> = {
    setup: (
      <SetupSection
        programId={programId}
        created={search.get("created") === "1"}
        onStatusChanged={() => void health.reload()}
      />
    ),
    intake: <IntakeSection intake={intake} />,
    matching: <MatchingSection programId={programId} />,
    "pair-health": <PairHealthSection health={health} />,
    closing: <ClosingSection programId={programId} health={health} />,
    resources: <LibrarySection programId={programId} />,
  };

  return (
    <div className={common.stack}>
      <div>
        <h1 className={common.h1}>{intake.programName}</h1>
        <p className={common.meta}>
          You run this program. You see its setup, totals and matches, never anyone's notes.
        </p>
        <p className={common.meta}>
          <AppLink to={paths.dashboard(programId)}>Dashboard</AppLink> ·{" "}
          <AppLink to={paths.knowledgeRisk(programId)}>Knowledge risk, exact counts (owners only)</AppLink>
        </p>
        <RetentionLine programId={programId} />
      </div>
      <ProgramStatusNote view={health.data} />
      <nav aria-label="Program sections" className={styles.tabs}>
        <RovingTabList
          items={programSections}
          selected={selected}
          prefix="program"
          onSelect={(id) => setSearchParam("section", id)}
        />
      </nav>
      {programSections.map((section) => (
        <div
          key={section.id}
          role="tabpanel"
          id={`program-panel-${section.id}`}
          aria-labelledby={`program-tab-${section.id}`}
          hidden={section.id !== selected}
          tabIndex={0}
          className={styles.panel}
        >
          <section aria-labelledby={`program-heading-${section.id}`} className={common.stack}>
            <h2 id={`program-heading-${section.id}`} className={common.h2}>
              {section.label}
            </h2>
            {panels[section.id]}
          </section>
        </div>
      ))}
    </div>
  );
}
