// npm run db:migrate -- --name add_thing   create a migration from schema changes and apply it
// npm run db:deploy                        apply pending migrations
// npm run db:status                        list migrations and what is pending
import { parseArgs } from "node:util";
import { applyMigrations, createMigration, defaultMigrationPaths, getMigrationStatus } from "@/lib/database/migrate";
import { PROJECT_ROOT, runWithDatabase } from "./support/run-script";

const USAGE = "usage: tsx scripts/migrate.ts create --name <name> [--create-only] | deploy | status";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, "create-only": { type: "boolean", default: false } },
});
const command = positionals[0];
const paths = defaultMigrationPaths(PROJECT_ROOT);

if (!["create", "deploy", "status"].includes(command ?? "")) {
  console.error(USAGE);
  process.exit(2);
}
if (command === "create" && !values.name) {
  console.error(`Give the migration a name. ${USAGE}`);
  process.exit(2);
}

await runWithDatabase(async ({ url }) => {
  if (command === "create") {
    await applyMigrations(url, paths);
    const folder = await createMigration(url, paths, values.name ?? "migration");
    if (!folder) {
      console.log("The schema matches the migrations: no migration created.");
      return;
    }
    console.log(`Created ${folder.slice(PROJECT_ROOT.length + 1)}/migration.sql`);
    if (!values["create-only"]) {
      const applied = await applyMigrations(url, paths);
      console.log(`Applied: ${applied.join(", ")}`);
    }
    return;
  }
  if (command === "deploy") {
    const applied = await applyMigrations(url, paths);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    return;
  }
  const status = await getMigrationStatus(url, paths);
  for (const name of status.migrations) console.log(`${status.pending.includes(name) ? "pending " : "applied "} ${name}`);
  if (status.problem) {
    console.error(status.problem);
    process.exitCode = 1;
  } else {
    console.log(status.pending.length ? `${status.pending.length} pending.` : "Database is up to date.");
  }
}, { migrate: false });
