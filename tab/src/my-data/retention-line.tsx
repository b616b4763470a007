import { useEffect, useState } from "react";
import { useApi } from "../api/api-context";
import { useCommonStyles } from "../components/use-common-styles";

/** The owner's line on the program page: when participants' personal data is (or was) erased. */
export function RetentionLine({ programId }: { programId: string }) {
  const api = useApi();
  const common = useCommonStyles();
  const [line, setLine] = useState("");
  useEffect(() => {
    let live = true;
    api.programRetention(programId).then(
      (r) => live && setLine(r.line),
      () => live && setLine(""),
    );
    return () => {
      live = false;
    };
  }, [api, programId]);
  return line ? (
    <p className={common.meta} data-testid="retention-line">
      {line}
    </p>
  ) : null;
}
