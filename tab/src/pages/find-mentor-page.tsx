import { FindMentorScreen } from "../mentors/find-mentor-screen";

export default function FindMentorPage({ programId }: { programId: string }) {
  return <FindMentorScreen programId={programId} />;
}
