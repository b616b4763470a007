import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { WHAT_BATON_HOLDS, exportToHtml } from "@baton/shared";
import { useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { EraseDialog } from "./erase-dialog";

/** Saves text as a file through a temporary link (the export never leaves the browser otherwise). */
function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * My data: what Baton holds about me and who sees each part, an export (JSON and a readable HTML
 * page) and an erasure behind a confirm step that says exactly what happens.
 */
export default function MyDataPage() {
  const common = useCommonStyles();
  const api = useApi();
  const eraseButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState("");
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [dialogUsed, setDialogUsed] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [eraseError, setEraseError] = useState<unknown>(null);
  const [erased, setErased] = useState(false);

  const download = async () => {
    setExportError(null);
    setExporting(true);
    try {
      const data = await api.myDataExport();
      saveFile("baton-my-data.json", "application/json", JSON.stringify(data, null, 2));
      saveFile("baton-my-data.html", "text/html", exportToHtml(data));
      setStatus("Your data was downloaded: baton-my-data.json and a readable baton-my-data.html.");
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };

  const closeDialog = () => {
    setConfirming(false);
    setEraseError(null);
    // Focus goes back to the button that opened the dialog.
    requestAnimationFrame(() => eraseButton.current?.focus());
  };

  const erase = async () => {
    setErasing(true);
    setEraseError(null);
    try {
      let state = await api.eraseMyData();
      for (let i = 0; state.status !== "done" && i < 60; i++) {
        await wait(1000);
        state = await api.erasureState();
      }
      setConfirming(false);
      setErased(true);
      setStatus(
        state.status === "done"
          ? "Your data is erased."
          : "Your data is being erased; it finishes on its own.",
      );
    } catch (e) {
      setEraseError(e);
    } finally {
      setErasing(false);
    }
  };

  if (erased)
    return (
      <div className={common.stack}>
        <h1 className={common.h1}>My data</h1>
        <LiveStatus message={status} />
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {status} Your profile, notes and answers are gone, your pairs have ended and your partners were
            told kindly. If you come back, you start as a new participant.
          </MessageBarBody>
        </MessageBar>
      </div>
    );

  return (
    <div className={common.stack}>
      <div>
        <h1 className={common.h1}>My data</h1>
        <p className={common.meta}>What Baton holds about you, who sees it, and what you can do with it.</p>
      </div>
      <section aria-labelledby="held-heading" className={common.stack}>
        <h2 id="held-heading" className={common.h2}>
          What Baton holds and who sees it
        </h2>
        <ul className={common.list}>
          {WHAT_BATON_HOLDS.map((part) => (
            <li key={part.key} className={common.card}>
              <h3 className={common.h3}>{part.title}</h3>
              <p className={common.text}>{part.what}</p>
              <p className={common.text}>
                <strong>Who sees it:</strong> {part.whoSees}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="export-heading" className={common.stack}>
        <h2 id="export-heading" className={common.h2}>
          Download a copy
        </h2>
        <p className={common.text}>
          Everything above that is yours to see, as a JSON file and a readable page. Your partners&apos;
          private notes and answers are theirs and are not included.
        </p>
        <div className={common.row}>
          <Button appearance="primary" disabled={exporting} onClick={() => void download()}>
            Download my data
          </Button>
        </div>
        {exportError !== null && (
          <ErrorBar
            title="We could not export your data"
            message={errorMessage(exportError, "export your data")}
          />
        )}
      </section>
      <section aria-labelledby="erase-heading" className={common.stack}>
        <h2 id="erase-heading" className={common.h2}>
          Erase my data
        </h2>
        <p className={common.text}>
          Removes what Baton holds about you and ends your pairs. You will be asked to confirm first.
        </p>
        <div className={common.row}>
          <Button
            ref={eraseButton}
            onClick={() => {
              setDialogUsed(true);
              setConfirming(true);
            }}
          >
            Erase my data…
          </Button>
        </div>
      </section>
      <LiveStatus message={status} />
      {dialogUsed && (
        <EraseDialog
          open={confirming}
          busy={erasing}
          error={eraseError}
          onErase={() => void erase()}
          onCancel={closeDialog}
        />
      )}
      <p>
        <AppLink to={paths.profile()}>Back to My profile</AppLink>
      </p>
    </div>
  );
}
