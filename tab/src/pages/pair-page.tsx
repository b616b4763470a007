import { PairWorkspace } from "../workspace/pair-workspace";

export default function PairPage({ pairId }: { pairId: string }) {
  return <PairWorkspace key={pairId} pairId={pairId} />;
}
