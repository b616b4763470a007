import { Router } from "express";
import { z } from "zod";
import { isCallerTenantId, parseInput, userId, userText } from "@baton/shared";
import type { DevSignIn } from "../auth/dev-signin";
import { DEMO_TENANT_ID, demoPeople } from "../demo/demo-people";
import { respond } from "./respond";

const signInInput = z.object({
  userId,
  tenantId: z.string().refine(isCallerTenantId, "not a valid tenant id").optional(),
  displayName: userText(120, { trim: true, min: 1 }).optional(),
});

/** Local runs only (BATON_DEV_SIGNIN=1): act as any demo person without Microsoft Entra ID. */
export function devRoutes(devSignIn: DevSignIn): Router {
  const r = Router();
  r.get(
    "/dev/users",
    respond(async () => demoPeople.map(({ userId, displayName, role }) => ({ userId, displayName, role }))),
  );
  r.post(
    "/dev/signin",
    respond(async (req) => {
      const input = parseInput(signInInput, req.body);
      const known = demoPeople.find((p) => p.userId === input.userId);
      const token = await devSignIn.issue({
        tenantId: input.tenantId ?? DEMO_TENANT_ID,
        userId: input.userId,
        displayName: input.displayName ?? known?.displayName ?? input.userId,
      });
      return { token };
    }),
  );
  return r;
}
