import { Avatar, Badge, Button } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import type { MentorDirectoryEntry } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { firstName, offerWords, placesWords } from "./mentor-words";

interface MentorCardProps {
  mentor: MentorDirectoryEntry;
  /** Skill ids the reader wants to learn, marked in words on the offers. */
  wanted: ReadonlySet<string>;
  /** Absent when the reader cannot ask anyone now (the page says why). */
  onAsk?: () => void;
  busy?: boolean;
}

/** One mentor the reader could ask: who, what they offer, free places, and why they fit. */
export function MentorCard({ mentor: m, wanted, onAsk, busy = false }: MentorCardProps) {
  const styles = useCommonStyles();
  const headingId = `mentor-${m.userId}`;
  const first = firstName(m.displayName);
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Avatar name={m.displayName} color="colorful" size={36} aria-hidden />
        <h3 id={headingId} className={styles.h3}>
          {m.displayName}
        </h3>
        <Badge appearance="outline" color="informative">
          {placesWords(m.freePlaces)}
        </Badge>
      </div>
      <p className={styles.meta}>{[m.role, m.team].filter(Boolean).join(" · ") || "No role given"}</p>
      {m.offers.length > 0 && (
        <ul className={styles.text} aria-label={`What ${first} offers`}>
          {m.offers.map((o) => (
            <li key={o.skillId}>
              {offerWords(o.name, o.level)}
              {wanted.has(o.skillId) && <strong> · you want to learn this</strong>}
            </li>
          ))}
        </ul>
      )}
      {m.fit && m.fit.reasons.length > 0 && (
        <>
          <p className={styles.text}>
            <strong>Why {first} could fit you</strong>{" "}
            <span className={styles.meta}>
              ({m.fit.label}: {m.fit.parts})
            </span>
          </p>
          <ul className={styles.text} aria-label={`Why ${first} could fit you`}>
            {m.fit.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {onAsk && (
        <div className={styles.actions}>
          <Button disabled={busy} onClick={onAsk} icon={<PersonAddRegular />}>
            {`Ask ${m.displayName} to mentor you`}
          </Button>
        </div>
      )}
    </article>
  );
}
