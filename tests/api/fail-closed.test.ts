import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireEmbeddedServer, connectionUrl, ensureDatabaseExists } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { startApi } from "./support";
import { uniqueNhsNumber } from "../support/factories";
import pg from "pg";
import { generateApiKey } from "@/lib/api/api-keys";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "fail-closed-"));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("when the register cannot be read", () => {
  it("answers 503 with Retry-After from every consent endpoint, never an answer, and recovers without a restart", async () => {
    const options = { projectRoot: PROJECT_ROOT, dataDir: path.join(scratch, "pg"), preferredPort: 54394 };
    let database = await acquireEmbeddedServer(options);
    const url = connectionUrl(database.port, "fail_closed");
    await ensureDatabaseExists(url);
    await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
    const { key, prefix, hash } = generateApiKey();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'fault test', $1, $2, $3)", [
      prefix,
      hash,
      ["consent:read", "consent:changes"],
    ]);
    await client.end();

    const api = await startApi({ connectionString: url, clientCacheMs: 60_000 });
    const nhsNumber = uniqueNhsNumber();
    const calls = () => [
      api.get(`/api/v1/consent/${nhsNumber}`, key),
      api.post("/api/v1/consent/check", JSON.stringify({ nhsNumbers: [nhsNumber] }), key),
      api.get("/api/v1/consent/changes", key),
      api.get(`/fhir/Consent?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`, key),
    ];
    try {
      expect((await Promise.all(calls())).map((r) => r.status)).toEqual([200, 200, 200, 200]);

      await database.release(); // the database goes away under the running server
      const down = await Promise.all(calls());
      expect(down.map((r) => r.status)).toEqual([503, 503, 503, 503]);
      for (const response of down) {
        expect(response.headers.get("retry-after")).toBe("5");
        const body = await response.text();
        expect(body).not.toMatch(/"shareable"\s*:\s*true/);
        expect(body).not.toMatch(/participating/);
      }

      database = await acquireEmbeddedServer({ ...options, preferredPort: database.port });
      await expect.poll(async () => (await Promise.all(calls())).map((r) => r.status), { timeout: 15_000 }).toEqual([200, 200, 200, 200]);
    } finally {
      await api.close();
      await database.release();
    }
  }, 90_000);
});
