import {
  AvatarGroup,
  AvatarGroupItem,
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import type { ProposalView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import {
  approvable,
  approvedWords,
  overlapWords,
  proposalStatusLabels,
  timeDifferenceWords,
} from "./match-words";

interface ProposalCardProps {
  proposal: ProposalView;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onStatus: (status: "proposed" | "locked" | "excluded") => void;
  onApprove: () => void;
}

const statusColor = {
  proposed: "informative",
  locked: "brand",
  excluded: "warning",
  approved: "success",
} as const;

/** One proposed pair: who, the score and why, and what the owner can do with it. */
export function ProposalCard({
  proposal: p,
  selected,
  busy,
  onSelect,
  onStatus,
  onApprove,
}: ProposalCardProps) {
  const styles = useCommonStyles();
  const who = `${p.menteeName}'s match`;
  const headingId = `proposal-${p.menteeId}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        {approvable(p) && (
          <Checkbox
            checked={selected}
            onChange={(_, d) => onSelect(d.checked === true)}
            aria-label={`Select ${who} for approval`}
          />
        )}
        <AvatarGroup layout="stack" size={28} aria-hidden>
          <AvatarGroupItem name={p.menteeName} />
          <AvatarGroupItem name={p.mentorName} />
        </AvatarGroup>
        <h4 id={headingId} className={styles.h3}>
          {p.menteeName} with mentor {p.mentorName}
        </h4>
        <Badge appearance="filled" color={statusColor[p.status]}>
          {proposalStatusLabels[p.status]}
        </Badge>
        <span>
          {p.fit ? `${p.fit.label} (score ${Math.round(p.score)})` : `Score ${Math.round(p.score)}`}
        </span>
      </div>
      {p.fit && <p className={styles.meta}>Behind it: {p.fit.parts}.</p>}
      {p.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{p.warning}</MessageBarBody>
        </MessageBar>
      )}
      {p.reasons.length > 0 && (
        <ul className={styles.text} aria-label={`Why ${p.menteeName} and ${p.mentorName}`}>
          {p.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      )}
      <p className={styles.meta}>
        {[
          p.sharedSkills.length > 0 ? `Skills: ${p.sharedSkills.map((s) => s.name).join(", ")}` : "",
          overlapWords(p.overlapMinutesPerWeek),
          timeDifferenceWords(p.timezoneDifferenceMinutes),
          p.sameTeam ? "Same team" : "Different teams",
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {p.status === "approved" ? (
        <p className={styles.meta}>{approvedWords(p.introduction)}</p>
      ) : (
        <div className={styles.actions}>
          {p.status === "proposed" && (
            <>
              <Button disabled={busy} onClick={onApprove} aria-label={`Approve ${who}`}>
                Approve
              </Button>
              <Button disabled={busy} onClick={() => onStatus("locked")} aria-label={`Lock ${who}`}>
                Lock
              </Button>
              <Button disabled={busy} onClick={() => onStatus("excluded")} aria-label={`Exclude ${who}`}>
                Exclude
              </Button>
            </>
          )}
          {p.status === "locked" && (
            <>
              <Button disabled={busy} onClick={onApprove} aria-label={`Approve ${who}`}>
                Approve
              </Button>
              <Button disabled={busy} onClick={() => onStatus("proposed")} aria-label={`Unlock ${who}`}>
                Unlock
              </Button>
            </>
          )}
          {p.status === "excluded" && (
            <Button disabled={busy} onClick={() => onStatus("proposed")} aria-label={`Put back ${who}`}>
              Put back
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
