// npm run db:reset: drops the development database, recreates it, migrates and
// seeds it. Refuses to touch anything but the embedded development server.
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { recreateDatabase } from "@/lib/database/embedded-server";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { getEnv } from "@/lib/env";
import { loadDotEnv, PROJECT_ROOT, runWithDatabase } from "./support/run-script";

loadDotEnv();
if (getEnv().DATABASE_URL || getEnv().NODE_ENV === "production") {
  console.error("db:reset only resets the embedded development database. Unset DATABASE_URL and NODE_ENV=production to use it.");
  process.exit(2);
}

await runWithDatabase(async ({ url }) => {
  await recreateDatabase(url);
  console.log("Dropped and recreated the development database.");
  const applied = await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  console.log(`Applied: ${applied.join(", ")}`);
  await seedDemoData({ log: (m) => console.log(m) });
}, { migrate: false });
