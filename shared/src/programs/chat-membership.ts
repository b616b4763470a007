import { z } from "zod";
import { documentBase, isoInstant, userId } from "../domain/common";

/**
 * That a person is in a group chat or channel where Baton is installed (`chatmember:{conversationId}`
 * in `t:{tenant}|user:{userId}`). Written from Teams' events: who installed Baton there, who was
 * added while Baton was there, and who used Baton there; removed when they leave. The owner's
 * "post a join card in" list is these, so it only offers chats and channels the owner is in.
 */
export const chatMembershipDocument = documentBase.extend({
  type: z.literal("chatMembership"),
  userId,
  conversationId: z.string().min(1).max(400),
  scope: z.enum(["groupChat", "team"]),
  updatedAt: isoInstant,
});
export type ChatMembershipDocument = z.infer<typeof chatMembershipDocument>;

export const chatMembershipId = (conversationId: string) =>
  `chatmember:${encodeURIComponent(conversationId)}`;
