import type { Container } from "@azure/cosmos";
import { DocumentStore } from "./document-store";
import { PairSpaceRepository } from "./pair-space-repository";
import { PeopleRepository } from "./people-repository";
import { TenantRepository } from "./tenant-repository";

export interface Repositories {
  store: DocumentStore;
  pairs: PairSpaceRepository;
  people: PeopleRepository;
  tenants: TenantRepository;
}

export function createRepositories(container: Container): Repositories {
  const store = new DocumentStore(container);
  return {
    store,
    pairs: new PairSpaceRepository(store),
    people: new PeopleRepository(store),
    tenants: new TenantRepository(store),
  };
}
