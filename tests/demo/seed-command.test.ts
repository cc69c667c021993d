import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { dropDatabase, recreateDatabase } from "@/lib/database/embedded-server";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

// The demo staff accounts' passwords are public, so `npm run db:seed` must
// never put them into a real database by mistake (THREAT_MODEL R16).
describe("npm run db:seed", () => {
  it("refuses a database named by DATABASE_URL, and writes nothing there", async () => {
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${inject("databaseName")}_seed`;
    await recreateDatabase(url.href);
    try {
      const run = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/seed.ts"], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: url.href },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Refusing to seed the database named by DATABASE_URL.*--demo-on-this-database/);
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'");
        expect(Number(rows[0]!.n)).toBe(0);
      } finally {
        await client.end();
      }
    } finally {
      await dropDatabase(url.href);
    }
  });
});
