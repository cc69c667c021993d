import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { acquireEmbeddedServer } from "@/lib/database/embedded-server";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";
import { scratchFolder, startScratchDatabase } from "../support/scratch-server";

const scratch = scratchFolder("health-test");

describe("checkHealth", () => {
  it("reports the database up, then down when it stops, then up again without a restart", async () => {
    const started = await startScratchDatabase(scratch, "health_check", 54392);
    const { url, options } = started;
    let server = started.server;
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 1_000 }) });
    try {
      const up = await checkHealth({ db });
      expect(up.status).toBe("ok");
      expect(up.database.status).toBe("up");
      expect(up.database.migrationsApplied).toBeGreaterThan(0);

      await server.release();
      const stoppedAt = Date.now();
      const down = await checkHealth({ db, log: () => undefined });
      expect(down).toMatchObject({ status: "unavailable", database: { status: "down" } });
      expect(Date.now() - stoppedAt).toBeLessThan(5_000);

      server = await acquireEmbeddedServer({ ...options, preferredPort: server.port });
      expect((await checkHealth({ db })).status).toBe("ok");
    } finally {
      await db.$disconnect();
      await server.release();
    }
  }, 60_000);
});
