import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, withDatabaseName } from "@/lib/database/embedded-server";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { importLegacy, parseImportLegacyArgs } from "../../scripts/support/import-legacy-command";
import { withScriptDatabase } from "../../scripts/support/run-script";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, writeTempFile } from "./support";

// Issue 13 point 8: in a fresh checkout, `npm run import:legacy` before the
// first `npm start` failed with `type "Choice" does not exist`. Every script's
// start-up (withScriptDatabase) now applies pending migrations first. Run here
// the way the script runs it, against a database that has never been migrated.

const fresh = (label: string) => `${inject("databaseName")}_${label}`.slice(0, 63);
const created: string[] = [];

afterAll(async () => {
  setEnvVariable("DATABASE_URL", inject("databaseUrl"));
  await disconnectDb();
  for (const name of created) await dropDatabase(withDatabaseName(inject("databaseUrl"), name));
});

async function countDecisions(name: string, nhsNumbers: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: withDatabaseName(inject("databaseUrl"), name) });
  await client.connect();
  try {
    return (await client.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = ANY($1)", [nhsNumbers])).rows[0].n;
  } finally {
    await client.end();
  }
}

describe("npm run import:legacy on a database that was never migrated", () => {
  it("migrates it first, then imports the file", async () => {
    const name = fresh("script_fresh");
    created.push(name);
    await dropDatabase(withDatabaseName(inject("databaseUrl"), name));
    const people = [uniqueNhsNumber(), uniqueNhsNumber()];
    const file = writeTempFile(careMyWayFile(people.map((nhs) => ({ nhs }))));
    const args = parseImportLegacyArgs(["--source", "caremyway", file]);
    expect(args).not.toBeNull();

    await withScriptDatabase(() => importLegacy(args!), { database: name, log: () => undefined });
    expect(await countDecisions(name, people)).toBe(2);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("fails as the issue describes when the start-up does not migrate (so the test above can fail)", async () => {
    const name = fresh("script_unmigrated");
    created.push(name);
    await dropDatabase(withDatabaseName(inject("databaseUrl"), name));
    const file = writeTempFile(careMyWayFile([{ nhs: uniqueNhsNumber() }]));
    const args = parseImportLegacyArgs(["--source", "caremyway", file])!;
    await expect(withScriptDatabase(() => importLegacy(args), { database: name, migrate: false, log: () => undefined })).rejects.toThrow(
      /does not exist/,
    );
  });
});
