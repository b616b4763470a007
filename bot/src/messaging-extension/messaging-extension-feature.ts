import type { BotFeature } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { MentorRequestService } from "../matching/mentor-requests";
import type { Clock } from "../services/actor";
import type { PairWorkspaceService } from "../services/pair-workspace-service";
import { addActionItemFetch, addActionItemSubmit } from "./add-action-item";
import { meCardActions } from "./card-actions";
import { findMentor } from "./find-mentor";
import { findResource } from "./find-resource";
import { linkUnfurl } from "./link-unfurl";
import { myActionItems } from "./my-action-items";
import type { ProgramIndex } from "./program-index";

export interface MessagingExtensionDeps {
  repos: Repositories;
  index: ProgramIndex;
  workspace: PairWorkspaceService;
  requests: MentorRequestService;
  clock: Clock;
  pairUrl: (pairId: string) => string;
  /** Hosts whose /tab/pair/<id> links unfurl (the tab's domain). */
  tabHosts: () => string[];
}

/** The messaging extension: its command ids (fixed, the manifest names them), link unfurling and card buttons. */
export function messagingExtensionFeature(d: MessagingExtensionDeps): BotFeature {
  return {
    messagingExtension: {
      query: {
        findMentor: findMentor(d.repos, d.index, d.clock),
        findResource: findResource(d.repos, d.index),
        myActionItems: myActionItems(d.repos, d.pairUrl),
      },
      fetchTask: { addActionItem: addActionItemFetch(d.repos, d.clock) },
      submitAction: { addActionItem: addActionItemSubmit(d.repos, d.workspace, d.pairUrl) },
      queryLink: linkUnfurl(d.repos, d.clock, d.tabHosts),
    },
    cardActions: meCardActions(d.repos, d.requests, d.clock, d.pairUrl),
  };
}
