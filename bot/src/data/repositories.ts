import type { Container } from "@azure/cosmos";
import { DocumentStore } from "./document-store";
import { IntakeRepository } from "./intake-repository";
import { MatchingRepository } from "./matching-repository";
import { PairSpaceRepository } from "./pair-space-repository";
import { PeopleRepository } from "./people-repository";
import { ProgramRepository } from "../programs/program-repository";
import { ReminderRepository } from "./reminder-repository";
import { RhythmRecordsRepository } from "./rhythm-records-repository";
import { TenantRepository } from "./tenant-repository";

export interface Repositories {
  store: DocumentStore;
  intake: IntakeRepository;
  matching: MatchingRepository;
  pairs: PairSpaceRepository;
  people: PeopleRepository;
  tenants: TenantRepository;
  reminders: ReminderRepository;
  rhythm: RhythmRecordsRepository;
  /** Programs, Baton settings and the people directory (bot/src/programs). */
  programs: ProgramRepository;
}

export function createRepositories(container: Container): Repositories {
  const store = new DocumentStore(container);
  return {
    store,
    intake: new IntakeRepository(store),
    matching: new MatchingRepository(store),
    pairs: new PairSpaceRepository(store),
    people: new PeopleRepository(store),
    tenants: new TenantRepository(store),
    reminders: new ReminderRepository(store),
    rhythm: new RhythmRecordsRepository(store),
    programs: new ProgramRepository(store),
  };
}
