import { Fragment } from "react";
import type { AgreementTerms } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { useViewer } from "../teams/host-context";
import { termRows } from "./agreement-diff";

export function AgreementTermsView({
  terms,
  label = "Agreement terms",
}: {
  terms: AgreementTerms;
  label?: string;
}) {
  const styles = useCommonStyles();
  const { locale } = useViewer();
  return (
    <dl className={styles.dl} aria-label={label}>
      {termRows(terms, locale).map((row) => (
        <Fragment key={row.field}>
          <dt className={styles.dt}>{row.label}</dt>
          <dd className={styles.dd}>{row.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
