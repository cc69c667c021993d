import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

/** A pg connection to this run's test database for the whole file: call at the top level, use the returned getter in tests. */
export function connectTestDatabaseForFile(): () => pg.Client {
  let client: pg.Client | undefined;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });
  return () => client!;
}
