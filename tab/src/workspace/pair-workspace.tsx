import { Avatar, Badge, makeStyles, tokens } from "@fluentui/react-components";
import {
  CalendarLtrRegular,
  DocumentTextRegular,
  LibraryRegular,
  LockClosedRegular,
  TargetArrowRegular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import { pairGlance } from "@baton/shared";
import { todayIn } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { PairGlanceHeader } from "./pair-glance-header";
import { pairStatusBadge } from "../format/status-badges";
import type { ReactElement, ReactNode } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { pairRelation, pairStatusLabels } from "../format/labels";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { setSearchParam, useLocation } from "../routing/use-location";
import { ActionItemsSection } from "./action-items-section";
import { AgreementSection } from "./agreement-section";
import { GoalsSection } from "./goals-section";
import { PrivateNotesSection } from "./private-notes-section";
import { sectionFrom, sections } from "./sections";
import type { SectionId } from "./sections";
import { RovingTabList } from "../components/roving-tab-list";
import { SessionsSection } from "./sessions-section";
import { PairResourcesSection } from "../resources/pair-resources-section";
import { usePairWorkspace } from "./use-pair-workspace";
import { WorkspaceContext } from "./workspace-context";
import { UndoBar, UndoContext, useUndoState } from "./use-delete-with-undo";
import { isPairWritable } from "@baton/shared";
import { ClosingReflection } from "../closing/closing-reflection";
import { PairStateBanner } from "../closing/pair-state-banner";

const useStyles = makeStyles({
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { paddingTop: tokens.spacingVerticalL },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, minWidth: 0 },
});

const sectionIcons: Record<SectionId, ReactElement> = {
  agreement: <DocumentTextRegular />,
  goals: <TargetArrowRegular />,
  "action-items": <TaskListLtrRegular />,
  sessions: <CalendarLtrRegular />,
  resources: <LibraryRegular />,
  "private-notes": <LockClosedRegular />,
};

const panels: Record<SectionId, () => ReactNode> = {
  agreement: () => <AgreementSection />,
  goals: () => <GoalsSection />,
  "action-items": () => <ActionItemsSection />,
  sessions: () => <SessionsSection />,
  resources: () => <PairResourcesSection />,
  "private-notes": () => <PrivateNotesSection />,
};

/** The pair's shared space: agreement, goals, action items, sessions and the viewer's private notes. */
export function PairWorkspace({ pairId }: { pairId: string }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const api = useApi();
  const { search } = useLocation();
  const { timeZone } = useViewer();
  const selected = sectionFrom(search.get("section"));
  const { view, loadError, refreshing, reload, update } = usePairWorkspace(api, pairId);
  const undoState = useUndoState();

  if (!view) {
    if (loadError) {
      const notFound =
        isApiError(loadError) && (loadError.kind === "not-found" || loadError.kind === "forbidden");
      return (
        <div className={common.stack}>
          <h1 className={common.h1}>Pair workspace</h1>
          {notFound ? (
            <ErrorBar
              title="We could not open this pair"
              message="It may have ended or been removed, or you are not part of it. Your own pairs are listed on My mentoring."
            />
          ) : (
            <ErrorBar
              title="We could not load this pair"
              message={errorMessage(loadError, "load this pair")}
              onAction={() => void reload()}
            />
          )}
          <p>
            <AppLink to={paths.personal()}>Go to My mentoring</AppLink>
          </p>
        </div>
      );
    }
    return <LoadingState label="Loading your pair…" />;
  }

  const partner = view.pair.members.find((m) => m.userId !== view.me.userId);
  const partnerName = partner?.displayName ?? "your partner";
  const glance = pairGlance(
    {
      agreement: view.agreement?.terms ?? null,
      sessions: view.sessions,
      goals: view.goals,
      actionItems: view.actionItems,
    },
    todayIn(timeZone),
  );
  const statusBadge = pairStatusBadge(view.pair.status);

  return (
    <WorkspaceContext.Provider
      value={{ pairId, view, update, reload, refreshing, readOnly: !isPairWritable(view.pair.status) }}
    >
      <UndoContext.Provider value={undoState}>
        <div className={common.stack}>
          <div className={styles.title}>
            <Avatar name={partnerName} color="colorful" size={48} aria-hidden />
            <div>
              <h1 className={common.h1}>Mentoring with {partnerName}</h1>
              <p className={common.meta}>
                {view.programName} · {pairRelation(view.me.role, partnerName)} · Status:{" "}
                <Badge appearance="tint" color={statusBadge}>
                  {pairStatusLabels[view.pair.status]}
                </Badge>
              </p>
            </div>
          </div>
          <PairGlanceHeader glance={glance} title="Your pair at a glance" />
          <PairStateBanner status={view.pair.status} />
          {view.pair.status !== "active" && view.pair.status !== "paused" && (
            <ClosingReflection key={view.pair.status} pairId={pairId} onSettled={() => void reload()} />
          )}
          {view.pair.matchReasons.length > 0 && (
            <details>
              <summary>Why you were matched</summary>
              <ul>
                {view.pair.matchReasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
          <nav aria-label="Pair sections" className={styles.tabs}>
            <RovingTabList
              items={sections}
              selected={selected}
              onSelect={(id) => setSearchParam("section", id)}
              icons={sectionIcons}
              prefix="section"
            />
          </nav>
          <UndoBar />
          {sections.map((section) => (
            <div
              key={section.id}
              role="tabpanel"
              id={`section-panel-${section.id}`}
              aria-labelledby={`section-tab-${section.id}`}
              hidden={section.id !== selected}
              tabIndex={0}
              className={styles.panel}
            >
              <section className={common.stack}>
                <h2 id={`heading-${section.id}`} className={common.h2} tabIndex={-1}>
                  {section.label}
                </h2>
                {panels[section.id]()}
              </section>
            </div>
          ))}
        </div>
      </UndoContext.Provider>
    </WorkspaceContext.Provider>
  );
}
