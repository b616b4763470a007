import type { Container } from "@azure/cosmos";
import { DocumentStore } from "./document-store";
import { IntakeRepository } from "./intake-repository";
import { PairSpaceRepository } from "./pair-space-repository";
import { PeopleRepository } from "./people-repository";
import { TenantRepository } from "./tenant-repository";

export interface Repositories {
  store: DocumentStore;
  intake: IntakeRepository;
  pairs: PairSpaceRepository;
  people: PeopleRepository;
  tenants: TenantRepository;
}

export function createRepositories(container: Container): Repositories {
  const store = new DocumentStore(container);
  return {
    store,
    intake: new IntakeRepository(store),
    pairs: new PairSpaceRepository(store),
    people: new PeopleRepository(store),
    tenants: new TenantRepository(store),
  };
}
