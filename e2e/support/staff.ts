import path from "node:path";

import { openDatabase } from "../../lib/database/open-database";
import { setEnvVariable } from "../../lib/env";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * Makes sure the demo staff accounts exist in the browser tests' database
 * (start.ts seeds them only into an empty one). Idempotent; safe in parallel.
 */
export async function seedStaffIntoE2eDatabase(): Promise<void> {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_e2e" });
  try {
    setEnvVariable("DATABASE_URL", database.url);
    const { seedDemoStaff } = await import("../../lib/staff/demo-staff");
    await seedDemoStaff().catch((error: unknown) => {
      // Another worker created the same account a moment earlier.
      if (!/Unique constraint|already exists/i.test(String(error))) throw error;
    });
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
  } finally {
    await database.close();
  }
}
