import { CheckmarkRegular, EditRegular } from "@fluentui/react-icons";
import { Badge, Button } from "@fluentui/react-components";
import type { AgreementTerms } from "@baton/shared";
import { useState } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { EmptyState } from "../components/empty-state";
import { focusAfter } from "../components/focus-after";
import { ConfirmDialog } from "../closing/confirm-dialog";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { AgreementConfirmations } from "./agreement-confirmations";
import { AgreementForm } from "./agreement-form";
import { agreementFields } from "./agreement-form-values";
import type { AgreementField } from "./agreement-form-values";
import { AgreementHistory } from "./agreement-history";
import { AgreementTermsView } from "./agreement-terms-view";
import { confirmedByBothAt } from "./agreement-diff";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { useWorkspace } from "./workspace-context";

export function AgreementSection() {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, view, update, reload, refreshing, readOnly } = useWorkspace();
  const { locale, timeZone } = useViewer();
  const [editing, setEditing] = useState(false);
  const [baseEtag, setBaseEtag] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const save = useAsyncAction();
  const confirm = useAsyncAction();
  /** The confirm step is open; mounted from first use (a closed Fluent Dialog still adds focus helpers). */
  const [confirming, setConfirming] = useState(false);
  const [confirmUsed, setConfirmUsed] = useState(false);
  const agreement = view.agreement;

  if (!agreement) {
    return (
      <EmptyState title="No agreement yet">
        Baton drafts the agreement from your program's template when your pair starts. If it is missing, ask
        your program owner.
      </EmptyState>
    );
  }

  const partner = view.pair.members.find((m) => m.userId !== view.me.userId);
  const partnerName = partner?.displayName ?? "your partner";
  const iConfirmed = !!agreement.confirmations[view.me.userId];
  const confirmed = agreement.status === "confirmed";

  const serverKey = formFieldOf(save.errorField, "terms");
  const serverField = agreementFields.find((field) => field === serverKey) as AgreementField | undefined;

  const reloadAfter = (action: { clearError: () => void }) => async () => {
    await reload();
    action.clearError();
    setStatus("Reloaded the latest version.");
  };

  const onSave = async (terms: AgreementTerms) => {
    setStatus("");
    const current = view.agreement;
    const saved = await save.run(() => api.saveAgreement(pairId, current?._etag ?? "", terms));
    if (!saved) return;
    update.agreement(saved);
    setEditing(false);
    void focusAfter("#agreement-edit");
    setStatus(
      saved.status === "draft"
        ? `Agreement saved as version ${saved.version}. Both of you need to confirm it.`
        : "Agreement saved.",
    );
  };

  const onConfirm = async () => {
    setStatus("");
    const confirmedDoc = await confirm.run(() => api.confirmAgreement(pairId, agreement._etag ?? ""));
    setConfirming(false);
    if (!confirmedDoc) return;
    update.agreement(confirmedDoc);
    void focusAfter("#agreement-confirm-hint", "#agreement-edit");
    setStatus(
      confirmedDoc.status === "confirmed"
        ? `Agreement confirmed by both of you (version ${confirmedDoc.version}).`
        : `Your confirmation of version ${confirmedDoc.version} is saved.`,
    );
  };

  const bothAt = confirmedByBothAt(agreement);
  const myConfirmation = agreement.confirmations[view.me.userId];
  const confirmHint = bothAt
    ? `Confirmed by both on ${formatInstant(bothAt, locale, timeZone)} (version ${agreement.version}).`
    : myConfirmation
      ? `You confirmed version ${agreement.version} on ${formatInstant(myConfirmation, locale, timeZone)}. Waiting for ${partnerName} to confirm.`
      : `Read the terms, then confirm version ${agreement.version}.`;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Badge appearance="filled" color={confirmed ? "success" : "warning"} data-testid="agreement-status">
          {confirmed ? `Confirmed v${agreement.version}` : `Draft v${agreement.version}`}
        </Badge>
        <span className={styles.meta}>
          {confirmed ? "Both of you confirmed this version." : "Not confirmed by both of you yet."}
        </span>
      </div>

      {editing ? (
        <>
          <ActionError
            error={save.error}
            action="save the agreement"
            onReload={() => void reloadAfter(save)()}
            reloading={refreshing}
            shownInForm={!!serverField}
          />
          {baseEtag !== agreement._etag && (
            <details>
              <summary>
                The saved agreement changed while you were editing. Show the latest saved terms.
              </summary>
              <AgreementTermsView terms={agreement.terms} />
            </details>
          )}
          <AgreementForm
            initial={agreement.terms}
            busy={save.busy}
            serverField={serverField}
            serverMessage={serverField ? errorMessage(save.error) : undefined}
            onSave={(terms) => void onSave(terms)}
            onCancel={() => {
              save.clearError();
              setEditing(false);
              void focusAfter("#agreement-edit");
            }}
          />
        </>
      ) : (
        <>
          <AgreementTermsView terms={agreement.terms} />
          {!readOnly && (
            <div className={styles.actions}>
              <Button
                id="agreement-edit"
                icon={<EditRegular />}
                onClick={() => {
                  setStatus("");
                  confirm.clearError();
                  setBaseEtag(agreement._etag);
                  setEditing(true);
                }}
              >
                Edit agreement
              </Button>
              {!iConfirmed && !confirmed && (
                <Button
                  appearance="primary"
                  icon={<CheckmarkRegular />}
                  disabled={confirm.busy}
                  aria-describedby="agreement-confirm-hint"
                  onClick={() => {
                    confirm.clearError();
                    setConfirmUsed(true);
                    setConfirming(true);
                  }}
                >
                  Confirm agreement
                </Button>
              )}
            </div>
          )}
          {(!readOnly || bothAt) && (
            <p className={styles.meta} id="agreement-confirm-hint" tabIndex={-1}>
              {confirmHint}
            </p>
          )}
          <ActionError
            error={confirm.error}
            action="confirm the agreement"
            onReload={() => void reloadAfter(confirm)()}
            reloading={refreshing}
            keepsText={false}
          />
        </>
      )}
      <LiveStatus message={status} />
      {confirmUsed && (
        <ConfirmDialog
          open={confirming}
          title={`Confirm version ${agreement.version} of the agreement?`}
          text={`You confirm the terms shown on this page, version ${agreement.version}. Once ${partnerName} confirms too, it is your agreement; changing it later opens a new version that both of you confirm again.`}
          confirmLabel={`Confirm version ${agreement.version}`}
          busy={confirm.busy}
          error={null}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        />
      )}

      <section aria-labelledby="agreement-confirmations-heading" className={styles.stack}>
        <h3 id="agreement-confirmations-heading" className={styles.h3}>
          Confirmations
        </h3>
        <AgreementConfirmations agreement={agreement} view={view} />
        <p className={styles.meta}>
          Changing the agreement after it is confirmed opens a new version, and both of you confirm it again.
        </p>
      </section>

      <AgreementHistory agreement={agreement} view={view} />
    </div>
  );
}
