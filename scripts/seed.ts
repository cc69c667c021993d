// npm run db:seed: applies pending migrations, then adds demo organisations and
// decisions (999-range NHS numbers). Running it again adds nothing.
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { PROJECT_ROOT, runWithDatabase } from "./support/run-script";

await runWithDatabase(async ({ url }) => {
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  await seedDemoData({ log: (m) => console.log(m) });
});
