import path from "node:path";

import pg from "pg";

import { openDatabase } from "../../lib/database/open-database";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * Runs a function against the browser tests' database (the one the site under
 * test uses), as staff tools would change it while the site runs.
 */
export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_e2e" });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end();
    await database.close();
  }
}
