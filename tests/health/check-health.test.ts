import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { acquireEmbeddedServer, connectionUrl, ensureDatabaseExists } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "health-test-"));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("checkHealth", () => {
  it("reports the database up, then down when it stops, then up again without a restart", async () => {
    const options = { projectRoot: PROJECT_ROOT, dataDir: path.join(scratch, "pg"), preferredPort: 54392 };
    let server = await acquireEmbeddedServer(options);
    const url = connectionUrl(server.port, "health_check");
    await ensureDatabaseExists(url);
    await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 1_000 }) });
    try {
      const up = await checkHealth({ db });
      expect(up.status).toBe("ok");
      expect(up.database.status).toBe("up");
      expect(up.database.migrationsApplied).toBeGreaterThan(0);

      await server.release();
      const started = Date.now();
      const down = await checkHealth({ db });
      expect(down).toMatchObject({ status: "unavailable", database: { status: "down" } });
      expect(Date.now() - started).toBeLessThan(5_000);

      server = await acquireEmbeddedServer({ ...options, preferredPort: server.port });
      expect((await checkHealth({ db })).status).toBe("ok");
    } finally {
      await db.$disconnect();
      await server.release();
    }
  }, 60_000);
});
