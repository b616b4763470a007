import { startTestServer } from "./tests/support/test-server";
const s = await startTestServer();
await s.dispose();
