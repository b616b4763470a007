import { Field, Input } from "@fluentui/react-components";
import type { PersonView } from "@baton/shared";
import { useEffect, useState, type ReactNode } from "react";
import { useApi } from "../api/api-context";
import { useCommonStyles } from "../components/use-common-styles";

/** Searches people Baton knows in the organisation by name; `actions` renders the buttons for each. */
export function PersonSearch({ actions }: { actions: (person: PersonView) => ReactNode }) {
  const s = useCommonStyles();
  const api = useApi();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<PersonView[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api.people(q).then(
        (people) => !cancelled && setFound(people),
        () => !cancelled && setFound([]),
      );
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, query]);

  return (
    <>
      <Field label="Find a person" hint="People who have opened Baton or talked to it in your organisation.">
        <Input value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {found.length > 0 && (
        <ul className={s.list} aria-label="People found">
          {found.map((p) => (
            <li key={p.userId} className={s.row}>
              <span>{p.displayName}</span>
              {actions(p)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
