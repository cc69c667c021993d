// npm run db:seed: applies pending migrations (as every script does, once it has
// decided to seed), then adds demo organisations,
// decisions (999-range NHS numbers) and the demo staff accounts, whose
// passwords are published in the README. Running it again adds nothing.
// Only into the embedded development database: a database named by
// DATABASE_URL gets them only with --demo-on-this-database, typed on purpose.
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { PROJECT_ROOT, runWithDatabase } from "./support/run-script";

const DELIBERATE_FLAG = "--demo-on-this-database";

// Migrates only after deciding to seed: a refused database is left exactly as it was.
await runWithDatabase(async ({ isEmbedded, url }) => {
  if (!isEmbedded && !process.argv.includes(DELIBERATE_FLAG)) {
    process.exitCode = 2;
    throw new Error(
      `Refusing to seed the database named by DATABASE_URL: demo data includes staff accounts whose passwords are public. ` +
        `If this is a throwaway database, run again with ${DELIBERATE_FLAG}.`,
    );
  }
  const applied = await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  await seedDemoData({ log: (m) => console.log(m) });
}, { migrate: false });
