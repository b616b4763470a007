import { Suspense, lazy, useEffect } from "react";
import { LoadingState } from "../components/loading-state";
import { paths, parseRoute } from "./route";
import { navigate, useLocation } from "./use-location";

const PersonalPage = lazy(() => import("../pages/personal-page"));
const PairPage = lazy(() => import("../pages/pair-page"));
const ProfilePage = lazy(() => import("../pages/profile-page"));
const MyDataPage = lazy(() => import("../my-data/my-data-page"));
const ProgramPage = lazy(() => import("../pages/program-page"));
const FindMentorPage = lazy(() => import("../pages/find-mentor-page"));
const NewProgramPage = lazy(() => import("../programs/new-program-page"));
const JoinPage = lazy(() => import("../programs/join-page"));
const ConfigPage = lazy(() => import("../pages/config-page"));
const ChatPage = lazy(() => import("../pages/chat-page"));
// The dashboard (and its charts library) loads only on its own route.
const DashboardPage = lazy(() => import("../dashboard/dashboard-page"));
const KnowledgeRiskPage = lazy(() => import("../dashboard/knowledge-risk-page"));
const NotFoundPage = lazy(() => import("../pages/not-found-page"));

export function RouterView() {
  const { pathname } = useLocation();
  const route = parseRoute(pathname);

  useEffect(() => {
    if (route.name === "root") navigate(paths.personal(), { replace: true });
  }, [route.name]);

  return (
    <Suspense fallback={<LoadingState label="Loading…" />}>
      {route.name === "personal" && <PersonalPage />}
      {route.name === "pair" && <PairPage pairId={route.pairId} />}
      {route.name === "profile" && <ProfilePage />}
      {route.name === "my-data" && <MyDataPage />}
      {route.name === "program" && <ProgramPage key={route.programId} programId={route.programId} />}
      {route.name === "find-mentor" && <FindMentorPage key={route.programId} programId={route.programId} />}
      {route.name === "new-program" && <NewProgramPage />}
      {route.name === "join" && <JoinPage key={route.programId} programId={route.programId} />}
      {route.name === "dashboard" && <DashboardPage key={route.programId} programId={route.programId} />}
      {route.name === "knowledge-risk" && (
        <KnowledgeRiskPage key={route.programId} programId={route.programId} />
      )}
      {route.name === "config" && <ConfigPage />}
      {route.name === "chat" && <ChatPage />}
      {route.name === "not-found" && <NotFoundPage />}
      {route.name === "root" && <LoadingState label="Loading…" />}
    </Suspense>
  );
}
