import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "@/lib/api/api-keys";
import { createConsentApi } from "@/lib/api/consent-api";
import { createRegisterStore } from "@/lib/api/register-store";
import { handleWebRequest } from "@/lib/api/web-adapter";
import { recordDecision } from "@/tests/support/record-test-decision";
import { dropDatabase, recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { captureLog, newKey, type RunningApi, startApi } from "./support";
import { inject } from "vitest";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

let api: RunningApi;
let key: string;

beforeAll(async () => {
  api = await startApi();
  key = (await newKey()).key;
});
afterAll(async () => api.close());

type ChangesPage = { changes: { nhsNumber: string; status: string; shareable: boolean; changedAt: string }[]; nextCursor: string; hasMore: boolean };

async function page(since: string | undefined, limit: number): Promise<ChangesPage> {
  const query = new URLSearchParams({ limit: String(limit), ...(since ? { since } : {}) });
  const response = await api.get(`/api/v1/consent/changes?${query}`, key);
  expect(response.status).toBe(200);
  return response.json();
}

/** Reads to the end of the feed as it stands; returns the cursor there. */
async function readToEnd(since?: string): Promise<{ cursor: string | undefined; seen: ChangesPage["changes"] }> {
  const seen: ChangesPage["changes"] = [];
  let cursor = since;
  for (;;) {
    const result = await page(cursor, 10_000);
    seen.push(...result.changes);
    cursor = result.nextCursor;
    if (!result.hasMore) return { cursor, seen };
  }
}

describe("GET /api/v1/consent/changes", () => {
  it("pages through every change in order with an opaque cursor", async () => {
    const { cursor: start } = await readToEnd();
    const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    for (const nhsNumber of people) await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });

    const first = await page(start, 2);
    expect(first.changes.map((c) => c.nhsNumber)).toEqual(people.slice(0, 2));
    expect(first.hasMore).toBe(true);
    expect(first.changes[0]).toMatchObject({ status: "opted-out", shareable: false, source: "online", changedAt: expect.any(String) });
    const second = await page(first.nextCursor, 2);
    expect(second.changes.map((c) => c.nhsNumber)).toEqual(people.slice(2));
    expect(second.hasMore).toBe(false);
    // Nothing new: the same cursor comes back, ready for the next poll.
    const empty = await page(second.nextCursor, 2);
    expect(empty).toMatchObject({ changes: [], nextCursor: second.nextCursor, hasMore: false });
  });

  it("never skips or repeats a change while decisions are being written", async () => {
    const { cursor: start } = await readToEnd();
    const people = Array.from({ length: 15 }, () => uniqueNhsNumber());
    let writing = true;
    const seen: string[] = [];
    const reader = (async () => {
      let cursor = start;
      for (;;) {
        const done = !writing;
        const result = await page(cursor, 3);
        seen.push(...result.changes.map((c) => `${c.nhsNumber}:${c.status}`));
        cursor = result.nextCursor;
        if (done && !result.hasMore) return;
      }
    })();
    await Promise.all(
      people.flatMap((nhsNumber, i) => [
        recordDecision({ details: decisionDetails({ nhsNumber, decidedAt: minutesAfter("2026-08-01T00:00:00Z", i) }), recordedBy: RESIDENT }),
        recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: minutesAfter("2026-08-02T00:00:00Z", i) }), recordedBy: RESIDENT }),
      ]),
    );
    writing = false;
    await reader;
    // Other test files write to the same feed meanwhile, so the feed may have
    // grown since the reader stopped: what it saw must be exactly its start.
    const { seen: all } = await readToEnd(start);
    expect(seen).toEqual(all.slice(0, seen.length).map((c) => `${c.nhsNumber}:${c.status}`));
    expect(new Set(seen).size).toBe(seen.length);
    for (const nhsNumber of people) expect(seen.filter((s) => s.startsWith(nhsNumber)).length).toBeGreaterThanOrEqual(1);
  });

  it("keeps numeric order where sequence numbers gain a digit", async () => {
    // Moving the counter leaves a gap in the feed, which would break other test
    // files' gapless checks on the shared test database: so a database of its own.
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${inject("databaseName")}_digits`;
    await recreateDatabase(url.href);
    await applyMigrations(url.href, defaultMigrationPaths(PROJECT_ROOT));
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    const own = await startApi({ connectionString: url.href });
    try {
      const { key: ownKey, prefix, hash } = generateApiKey();
      await client.query("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes) VALUES (gen_random_uuid(), 'digits', $1, $2, $3)", [
        prefix,
        hash,
        ["consent:read", "consent:changes"],
      ]);
      const people = Array.from({ length: 6 }, () => uniqueNhsNumber());
      // 97, 98, 99, 100, 101, 102: the change the first digit is added at.
      await client.query(
        `INSERT INTO consent_change (seq, nhs_number, status, decided_at, channel, changed_at)
         SELECT 96 + o.i, o.nhs_number, 'OPTED_OUT', now(), 'ONLINE', now() FROM unnest($1::varchar[]) WITH ORDINALITY AS o(nhs_number, i)`,
        [people],
      );
      await client.query("UPDATE consent_change_counter SET last_seq = 102 WHERE id = 1");
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const response = await own.get(`/api/v1/consent/changes?limit=2${cursor ? `&since=${encodeURIComponent(cursor)}` : ""}`, ownKey);
        expect(response.status).toBe(200);
        const result = (await response.json()) as ChangesPage;
        seen.push(...result.changes.map((c) => c.nhsNumber));
        cursor = result.nextCursor;
        if (!result.hasMore) break;
      }
      // A migrated database starts with the canary people's five changes (numbers 1 to 5, lib/canary).
      expect(seen).toEqual(["9999999905", "9999999913", "9999999913", "9999999921", "9999999948", ...people]);
    } finally {
      await own.close();
      await client.end();
      await dropDatabase(url.href);
    }
  });

  it("refuses a cursor it did not give out and a bad limit", async () => {
    await expect(api.get("/api/v1/consent/changes?since=bogus", key).then((r) => r.status)).resolves.toBe(400);
    await expect(api.get("/api/v1/consent/changes?limit=0", key).then((r) => r.status)).resolves.toBe(400);
    await expect(api.get("/api/v1/consent/changes?limit=10001", key).then((r) => r.status)).resolves.toBe(400);
  });
});

describe("FHIR", () => {
  const search = (nhsNumber: string) => `/fhir/Consent?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`;

  it("returns a searchset Bundle with the person's Consent in the UK Core shape", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER", decidedAt: "2026-05-05T08:00:00Z" }), recordedBy: RESIDENT });
    const response = await api.get(search(nhsNumber), key);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const bundle = await response.json();
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 1 });
    const consent = bundle.entry[0].resource;
    expect(consent).toMatchObject({
      resourceType: "Consent",
      status: "active",
      patient: { identifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } },
      dateTime: "2026-05-05T08:00:00.000Z",
      provision: { type: "deny" },
      scope: { coding: [{ code: "patient-privacy" }] },
      policy: [{ uri: expect.any(String) }],
    });
    expect(consent.category.flatMap((c: { coding: { code: string }[] }) => c.coding.map((x) => x.code))).toContain("416409005");
    expect(consent.extension[0].valueCode).toBe("paper");
  });

  it("returns an empty Bundle for someone with no decision, who takes part", async () => {
    const bundle = await (await api.get(search(uniqueNhsNumber()), key)).json();
    // FHIR JSON has no empty arrays: no entry at all (issue #15; tests/api/fhir.test.ts).
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 0 });
    expect(bundle).not.toHaveProperty("entry");
  });

  it("answers errors as OperationOutcome", async () => {
    for (const [path, status] of [
      ["/fhir/Consent", 400],
      ["/fhir/Consent?patient:identifier=urn:other|9990000018", 400],
      [search("9434765918"), 400], // a search parameter that cannot be used: 400 (issue #15 point 5)
    ] as const) {
      const response = await api.get(path, key);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
      expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "error", diagnostics: expect.any(String) }] });
    }
    const unauthenticated = await api.get(search(uniqueNhsNumber()));
    expect(unauthenticated.status).toBe(401);
    expect((await unauthenticated.json()).resourceType).toBe("OperationOutcome");
  });

  it("publishes a CapabilityStatement without a key", async () => {
    const statement = await (await api.get("/fhir/metadata")).json();
    expect(statement).toMatchObject({ resourceType: "CapabilityStatement", fhirVersion: "4.0.1", rest: [{ resource: [{ type: "Consent" }] }] });
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1, generated from the request schemas", async () => {
    const document = await (await api.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/consent/{nhsNumber}", "/api/v1/consent/check", "/api/v1/consent/changes", "/fhir/Consent"]));
    const batch = document.components.schemas.BatchCheckRequest;
    expect(batch.properties.nhsNumbers).toMatchObject({ type: "array", maxItems: 10_000, minItems: 1 });
    expect(document.components.schemas.ConsentAnswer.properties.status.enum).toEqual(["participating", "opted-out"]);
  });
});

describe("the site's mount", () => {
  it("answers exactly as the dedicated server does", async () => {
    const store = createRegisterStore({ connectionString: inject("databaseUrl"), max: 2 });
    const handle = createConsentApi({ store, logger: captureLog().logger, rateLimitPerSecond: 1000, clientCacheMs: 0 });
    try {
      const nhsNumber = uniqueNhsNumber();
      await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
      const viaSite = await handleWebRequest(handle, new Request(`http://site.test/api/v1/consent/${nhsNumber}`, { headers: { authorization: `Bearer ${key}` } }));
      const viaServer = await api.get(`/api/v1/consent/${nhsNumber}`, key);
      expect(viaSite.status).toBe(viaServer.status);
      expect(await viaSite.json()).toEqual(await viaServer.json());
      const tooBig = await handleWebRequest(
        handle,
        new Request("http://site.test/api/v1/consent/check", { method: "POST", body: "x".repeat(1_100_000), headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } }),
      );
      expect(tooBig.status).toBe(413);
    } finally {
      await store.close();
    }
  });
});
