import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ResourceDocument, Skill } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { kindLabels, levelLabels } from "./resource-words";

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

interface ResourceListProps {
  resources: ResourceDocument[];
  skills: Skill[];
  /** Whether the viewer may edit or remove this one (owners: all; others: what they added). */
  canEdit?: (r: ResourceDocument) => boolean;
  onEdit?: (r: ResourceDocument) => void;
  onRemove?: (r: ResourceDocument) => void;
  busy?: boolean;
}

/** Resources as a list of articles; each link opens in a new window. */
export function ResourceList({ resources, skills, canEdit, onEdit, onRemove, busy }: ResourceListProps) {
  const common = useCommonStyles();
  const styles = useStyles();
  const names = new Map(skills.map((s) => [s.id, s.name]));
  return (
    <ul className={common.list}>
      {resources.map((r) => (
        <li key={r.resourceId}>
          <article className={common.card} aria-labelledby={`resource-${r.resourceId}`}>
            <Link
              id={`resource-${r.resourceId}`}
              className={styles.title}
              href={r.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {r.title}
              <span className={styles.hidden}> (opens in a new window)</span>
            </Link>
            <p className={common.meta}>
              {kindLabels[r.kind]} · {levelLabels[r.level]}
              {r.skillIds.length > 0 && ` · ${r.skillIds.map((id) => names.get(id) ?? id).join(", ")}`} ·
              added by {r.createdByName || "someone"}
            </p>
            {r.description && <p className={common.text}>{r.description}</p>}
            {canEdit?.(r) && (
              <div className={common.actions}>
                <Button size="small" onClick={() => onEdit?.(r)} disabled={busy}>
                  Edit<span className={styles.hidden}> {r.title}</span>
                </Button>
                <Button size="small" onClick={() => onRemove?.(r)} disabled={busy}>
                  Remove<span className={styles.hidden}> {r.title}</span>
                </Button>
              </div>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
