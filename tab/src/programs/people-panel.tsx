import { Button } from "@fluentui/react-components";
import { MAX_OWNERS, type PersonView, type ProgramSetupView } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { PersonSearch } from "./person-search";

interface PeoplePanelProps {
  view: ProgramSetupView;
  onSaved: (view: ProgramSetupView) => void;
  onReload: () => void;
}

/** Co-owners (up to 10) and sponsors, picked from people Baton knows in the organisation. */
export function PeoplePanel({ view, onSaved, onReload }: PeoplePanelProps) {
  const s = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const [status, setStatus] = useState("");
  const { ownerIds, sponsorIds = [] } = view.program;

  const save = async (people: { ownerIds?: string[]; sponsorIds?: string[] }, done: string) => {
    const saved = await action.run(() =>
      api.saveProgramPeople(view.program.programId, view.program._etag ?? "", people),
    );
    if (saved) {
      onSaved(saved);
      setStatus(done);
    }
  };

  const list = (title: string, people: PersonView[], remove: (id: string) => void, canRemove: boolean) => (
    <div className={s.stack}>
      <h3 className={s.h3}>{title}</h3>
      <ul className={s.list} aria-label={title}>
        {people.map((p) => (
          <li key={p.userId} className={s.row}>
            <span>{p.displayName}</span>
            {canRemove && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Remove ${p.displayName} from ${title.toLowerCase()}`}
                onClick={() => remove(p.userId)}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
        {people.length === 0 && <li className={s.meta}>Nobody yet.</li>}
      </ul>
    </div>
  );

  return (
    <div className={s.stack}>
      <div className={s.formRow}>
        {list(
          "Owners",
          view.owners,
          (id) => void save({ ownerIds: ownerIds.filter((x) => x !== id) }, "Owner removed."),
          ownerIds.length > 1,
        )}
        {list(
          "Sponsors",
          view.sponsors,
          (id) => void save({ sponsorIds: sponsorIds.filter((x) => x !== id) }, "Sponsor removed."),
          true,
        )}
      </div>
      <PersonSearch
        actions={(p) => (
          <>
            <Button
              size="small"
              disabled={ownerIds.includes(p.userId) || ownerIds.length >= MAX_OWNERS || action.busy}
              onClick={() =>
                void save({ ownerIds: [...ownerIds, p.userId] }, `${p.displayName} is now an owner.`)
              }
            >
              Add {p.displayName} as owner
            </Button>
            <Button
              size="small"
              disabled={sponsorIds.includes(p.userId) || action.busy}
              onClick={() =>
                void save({ sponsorIds: [...sponsorIds, p.userId] }, `${p.displayName} is now a sponsor.`)
              }
            >
              Add {p.displayName} as sponsor
            </Button>
          </>
        )}
      />
      <ActionError
        error={action.error}
        action="change the program's people"
        onReload={onReload}
        keepsText={false}
      />
      <LiveStatus message={status} />
    </div>
  );
}
