import { ProgramScreen } from "../program/program-screen";

export default function ProgramPage({ programId }: { programId: string }) {
  return <ProgramScreen programId={programId} />;
}
