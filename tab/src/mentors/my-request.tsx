import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { MentorRequestView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { useViewer } from "../teams/host-context";
import { requestWords } from "./mentor-words";

interface MyRequestProps {
  request: MentorRequestView;
  busy: boolean;
  onWithdraw: () => void;
}

const DECIDED: Record<MentorRequestView["status"], string> = {
  pending: "",
  accepted: "answered",
  declined: "answered",
  withdrawn: "withdrawn",
  undeliverable: "given up",
  closed: "closed",
  expired: "expired",
};

/** Where the reader's own request stands; a pending one can be withdrawn. */
export function MyRequest({ request, busy, onWithdraw }: MyRequestProps) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const words = requestWords(request, (iso) => formatInstant(iso, locale, timeZone));
  const pending = request.status === "pending";
  return (
    <MessageBar intent={words.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle>
        {words.body}
        <span className={styles.meta}>
          {" "}
          Asked {formatInstant(request.createdAt, locale, timeZone)}
          {request.decidedAt && !pending
            ? `; ${DECIDED[request.status]} ${formatInstant(request.decidedAt, locale, timeZone)}`
            : ""}
          .
        </span>
        {request.status === "accepted" && request.pairId && (
          <>
            {" "}
            <AppLink to={paths.pair(request.pairId)}>Open your pair space with {request.mentorName}</AppLink>
          </>
        )}
      </MessageBarBody>
      {pending && (
        <MessageBarActions>
          <Button disabled={busy} onClick={onWithdraw}>
            {busy ? "Withdrawing…" : "Withdraw request"}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
