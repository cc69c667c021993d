// npm run db:seed: applies pending migrations (as every script does), then adds demo organisations,
// decisions (999-range NHS numbers) and the demo staff accounts, whose
// passwords are published in the README. Running it again adds nothing.
// Only into the embedded development database: a database named by
// DATABASE_URL gets them only with --demo-on-this-database, typed on purpose.
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { runWithDatabase } from "./support/run-script";

const DELIBERATE_FLAG = "--demo-on-this-database";

await runWithDatabase(async ({ isEmbedded }) => {
  if (!isEmbedded && !process.argv.includes(DELIBERATE_FLAG)) {
    process.exitCode = 2;
    throw new Error(
      `Refusing to seed the database named by DATABASE_URL: demo data includes staff accounts whose passwords are public. ` +
        `If this is a throwaway database, run again with ${DELIBERATE_FLAG}.`,
    );
  }
  await seedDemoData({ log: (m) => console.log(m) });
});
