import pg from "pg";
import { describe, expect, it } from "vitest";
import { generateApiKey } from "@/lib/api/api-keys";
import { acquireEmbeddedServer } from "@/lib/database/embedded-server";
import { uniqueNhsNumber } from "../support/factories";
import { scratchFolder, startScratchDatabase } from "../support/scratch-server";
import { startApi } from "./support";

const scratch = scratchFolder("fail-closed");

describe("when the register cannot be read", () => {
  it("answers 503 with Retry-After from every consent endpoint, never an answer, and recovers without a restart", async () => {
    const started = await startScratchDatabase(scratch, "fail_closed", 54394);
    const { url, options } = started;
    let database = started.server;
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
