import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createConsentApi, encodeCursor, type ApiRequest, type ApiResponse } from "@/lib/api/consent-api";
import { createApiClient } from "@/lib/api/manage-api-clients";
import { createRegisterStore, type RegisterStore } from "@/lib/api/register-store";
import { recordDecision } from "@/tests/support/record-test-decision";
import { parseNhsNumber } from "@/lib/nhs-number/nhs-number";
import { captureLog } from "../api/support";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { DB_FUZZ_RUNS, fuzzParams, mangled, nastyJsonValue, nastyString, numberLikeString, FUZZ_TEST_TIMEOUT_MS } from "./arbitraries";
import { expectNothingWritten, privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The consent-check API's handler, called directly with fuzzed paths, query
// strings, headers and bodies, against the real register on its own database.
// Every answer is the right one or a problem with a clear status and detail;
// never a 500 (an unhandled exception) or a 503 (the database is up); and the
// register's tables keep exactly the rows they had.

const database = privateDatabaseFor("fuzz_api");
let handle: ReturnType<typeof createConsentApi>;
let store: RegisterStore;
let key: string;
let optedOut: string;

beforeAll(async () => {
  store = createRegisterStore({ connectionString: database.url, max: 2 });
  handle = createConsentApi({ store, logger: captureLog().logger, rateLimitPerSecond: 1_000_000, clientCacheMs: 60_000 });
  key = (await createApiClient({ name: "Fuzzing record service", by: { kind: "SYSTEM", id: "fuzz" } })).key;
  optedOut = uniqueNhsNumber();
  await recordDecision({ details: decisionDetails({ nhsNumber: optedOut }), recordedBy: RESIDENT });
  return async () => store.close();
});

function request(options: { method?: string; path: string; query?: string; headers?: Record<string, string>; body?: Buffer | string }): ApiRequest {
  const headers = new Map(Object.entries({ authorization: `Bearer ${key}`, ...options.headers }).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method: options.method ?? "GET",
    path: options.path,
    query: new URLSearchParams(options.query ?? ""),
    header: (name) => headers.get(name.toLowerCase()),
    clientAddress: "192.0.2.1",
    readBody: async () => {
      const body = Buffer.from(options.body ?? "");
      return body.length > 1_048_576 ? "too-large" : body;
    },
  };
}

/** Calls the handler and checks what every answer must be: JSON, a known status, and problems that explain themselves. */
async function call(req: ApiRequest): Promise<{ response: ApiResponse; body: Record<string, unknown> }> {
  const response = await expectNothingWritten(database, () => handle(req));
  expect([200, 308, 400, 401, 403, 404, 405, 406, 410, 413, 415, 422]).toContain(response.status);
  // A trailing slash is redirected to the address without it, as the site does (issue #15 point 2).
  if (response.status === 308) {
    expect(req.path).toMatch(/.\/$/);
    expect(response.headers.location).toBe(`/${req.path.replace(/^[/\\]+/, "").replace(/\/+$/, "")}${req.query.size ? `?${req.query}` : ""}`);
    // Never a redirect to another host: one slash, then a path.
    expect(response.headers.location).toMatch(/^\/(?![/\\])/);
    expect(JSON.parse(response.body)).toEqual({ location: response.headers.location });
    return { response, body: {} };
  }
  const body = JSON.parse(response.body) as Record<string, unknown>;
  if (response.status !== 200) {
    const detail = (body.detail ?? (body.issue as { diagnostics: string }[] | undefined)?.[0]?.diagnostics) as string;
    expect(detail.length).toBeGreaterThan(10);
    expect(detail).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError|at .*\.ts:\d+|\[object Object\]/);
  }
  return { response, body };
}

const validNhs = fc.constant(null).map(() => uniqueNhsNumber());
const nhsLike = fc.oneof(validNhs, mangled(validNhs), nastyString, fc.stringMatching(/^[0-9 -]{0,14}$/), numberLikeString);

/** encodeURIComponent refuses lone surrogates; a client's encoder would have replaced them. */
const wellFormed = (value: string) => value.replace(/\p{Cs}/gu, "\ufffd");

/** The model answer for one value: the right number and status, or invalid. */
function expectAnswer(answer: Record<string, unknown>, value: string) {
  const parsed = parseNhsNumber(value);
  if (!parsed.ok) {
    expect(answer).toMatchObject({ nhsNumber: value, status: "invalid", shareable: false, error: expect.any(String) });
    return;
  }
  const isOptedOut = parsed.nhsNumber === optedOut;
  expect(answer).toMatchObject({ nhsNumber: parsed.nhsNumber, status: isOptedOut ? "opted-out" : "participating", shareable: !isOptedOut });
}

describe("consent API handler (fuzzed)", () => {
  it("GET /api/v1/consent/{nhs}: the right answer for a valid number, 400 or 422 for anything else", async () => {
    const segment = fc.oneof(
      nhsLike.map((v) => encodeURIComponent(wellFormed(v))),
      nhsLike.map((v) => encodeURIComponent(wellFormed(v)).replace(/%20/g, "+")),
      fc.constantFrom("%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%FF", "%00", "..", "%2e%2e", "9990000018%2F"),
      nastyString.filter((s) => !s.includes("/")),
      fc.constant(optedOut),
    );
    await fc.assert(
      fc.asyncProperty(segment, async (raw) => {
        const { response, body } = await call(request({ path: `/api/v1/consent/${raw}` }));
        let value: string | null = null;
        try {
          value = decodeURIComponent(raw);
        } catch {
          expect(response.status).toBe(400);
          return;
        }
        if (raw === "") {
          // "/api/v1/consent/": a trailing slash, redirected as the site does (issue #15 point 2).
          expect(response.status).toBe(308);
          return;
        }
        const parsed = parseNhsNumber(value);
        expect(response.status).toBe(parsed.ok ? 200 : 422);
        if (parsed.ok) expectAnswer(body, value);
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("POST /api/v1/consent/check: answers every number in order, or refuses the body with 400, 413 or 415", async () => {
    const goodBody = fc.array(fc.oneof({ arbitrary: nhsLike, weight: 4 }, { arbitrary: fc.constant(optedOut), weight: 1 }), { minLength: 1, maxLength: 30 }).map((nhsNumbers) => ({ nhsNumbers }));
    const badBody = fc.oneof(
      nastyJsonValue,
      fc.record({ nhsNumbers: nastyJsonValue }),
      fc.record({ nhsNumbers: fc.array(nastyJsonValue, { maxLength: 5 }) }),
      fc.tuple(goodBody, fc.dictionary(nastyString, nastyJsonValue, { minKeys: 1, maxKeys: 3 })).map(([b, extra]) => ({ ...extra, ...b })),
      fc.constant({ nhsNumbers: Array.from({ length: 10_001 }, () => "9990000018") }),
      fc.constant({ nhsNumbers: ["9".repeat(65)] }),
    );
    const rawBody = fc.oneof(
      { arbitrary: goodBody.map((b) => JSON.stringify(b)), weight: 4 },
      { arbitrary: badBody.map((b) => JSON.stringify(b) ?? "undefined"), weight: 3 },
      { arbitrary: nastyString, weight: 1 },
      // Nesting far deeper than any recursive parser's stack.
      { arbitrary: fc.nat({ max: 200_000 }).map((depth) => `{"nhsNumbers":${"[".repeat(depth)}"9990000018"${"]".repeat(depth)}}`), weight: 1 },
      { arbitrary: fc.nat({ max: 200_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`), weight: 1 },
      { arbitrary: goodBody.map((b) => JSON.stringify(b)).chain((s) => fc.nat({ max: s.length }).map((n) => s.slice(0, n))), weight: 1 },
      { arbitrary: goodBody.map((b) => `\ufeff${JSON.stringify(b)}`), weight: 1 },
      { arbitrary: fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)), weight: 1 },
    );
    const contentType = fc.oneof({ arbitrary: fc.constant("application/json"), weight: 6 }, { arbitrary: fc.constantFrom("application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "", "application/jsonx", "multipart/form-data; boundary=x"), weight: 1 });
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, async (body, type) => {
        const { response, body: answer } = await call(request({ method: "POST", path: "/api/v1/consent/check", headers: { "content-type": type }, body }));
        if (!/^application\/json\s*(;|$)/i.test(type)) {
          expect(response.status).toBe(415);
          return;
        }
        if (Buffer.from(body).length > 1_048_576) {
          expect(response.status).toBe(413);
          return;
        }
        let payload: unknown;
        try {
          payload = JSON.parse(Buffer.from(body).toString("utf8"));
        } catch {
          expect(response.status).toBe(400);
          return;
        }
        const list = (payload as { nhsNumbers?: unknown } | null)?.nhsNumbers;
        const isGood =
          payload !== null && typeof payload === "object" && !Array.isArray(payload) && Object.keys(payload).length === 1 && Array.isArray(list) &&
          list.length >= 1 && list.length <= 10_000 && list.every((v) => typeof v === "string" && v.length <= 64);
        if (!isGood) {
          expect(response.status).toBe(Array.isArray(list) && list.length > 10_000 ? 413 : 400);
          return;
        }
        expect(response.status).toBe(200);
        const results = answer.results as Record<string, unknown>[];
        expect(results).toHaveLength(list.length);
        results.forEach((result, i) => expectAnswer(result, list[i] as string));
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("GET /api/v1/consent/changes: limit is 1 to 10000 in plain digits; since absent, 0 or a cursor it gave out for this epoch; 410 for a cursor of another epoch, ahead, or v1; anything else 400", async () => {
    const first = await call(request({ path: "/api/v1/consent/changes", query: "limit=1" }));
    const cursor = first.body.nextCursor as string;
    // This database has no other writer: its position stays put while the property runs.
    const { epoch, lastSeq } = await store.readPosition();
    const otherEpoch = "00000000-0000-4000-8000-000000000000";
    const since = fc.oneof(
      fc.constantFrom(cursor, "", "0", Buffer.from("v1:0").toString("base64url")),
      mangled(fc.constant(cursor)),
      nastyString,
      fc.bigInt({ min: -1n, max: 2n ** 70n }).map((n) => Buffer.from(`v1:${n}`).toString("base64url")),
      fc.bigInt({ min: -1n, max: 2n ** 70n }).map((n) => Buffer.from(`v2:${epoch}:${n}`).toString("base64url")),
      fc.bigInt({ min: 0n, max: lastSeq + 3n }).map((n) => encodeCursor(epoch, n)),
      fc.bigInt({ min: 0n, max: lastSeq + 3n }).map((n) => encodeCursor(otherEpoch, n)),
      fc.constantFrom("v1:1", "djE6OTk5OTk5OTk5OTk5OTk5OTk5OQ", "djE6MA==", "dj E6MA", "djE6MA.", "=".repeat(100), "00", "-0"),
    );
    const limit = fc.oneof(fc.integer({ min: -5, max: 10_005 }).map(String), numberLikeString, nastyString);
    await fc.assert(
      fc.asyncProperty(fc.option(since), fc.option(limit), async (s, l) => {
        const query = new URLSearchParams();
        if (s !== null) query.set("since", s);
        if (l !== null) query.set("limit", l);
        const { response, body } = await call(request({ path: "/api/v1/consent/changes", query: query.toString() }));
        const limitOk = l === null || (/^[0-9]{1,5}$/.test(l) && Number(l) >= 1 && Number(l) <= 10_000);
        // The model: what each since must get, worked out independently of the handler's parser.
        let sinceAnswer: 200 | 400 | 410 = s === null || s === "" || s === "0" ? 200 : 400;
        if (s && s !== "0" && s.length <= 100) {
          const decoded = Buffer.from(s, "base64url").toString();
          const v1 = /^v1:(0|[1-9][0-9]{0,18})$/.exec(decoded);
          const v2 = /^v2:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(0|[1-9][0-9]{0,18})$/.exec(decoded);
          if (v1 && BigInt(v1[1]!) < 2n ** 63n && Buffer.from(decoded).toString("base64url") === s) sinceAnswer = 410;
          if (v2 && BigInt(v2[2]!) < 2n ** 63n && encodeCursor(v2[1]!, BigInt(v2[2]!)) === s) {
            sinceAnswer = v2[1] === epoch && BigInt(v2[2]!) <= lastSeq ? 200 : 410;
          }
        }
        // The limit is checked first: a bad limit is a 400 whatever the cursor.
        expect(response.status).toBe(limitOk ? sinceAnswer : 400);
        if (response.status === 410) expect(body.type).toBe("https://consent-register.example/problems/feed-cursor-gone");
        if (response.status === 200) {
          expect((body.changes as unknown[]).length).toBeLessThanOrEqual(l === null ? 1_000 : Number(l));
          expect(typeof body.nextCursor).toBe("string");
        }
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("regression: a cursor past bigint's range is a 400, not a 503; the largest in range is refused as ahead (410); limit takes plain digits only", async () => {
    const { epoch } = await store.readPosition();
    const tooBig = Buffer.from(`v2:${epoch}:9999999999999999999`).toString("base64url");
    expect((await call(request({ path: "/api/v1/consent/changes", query: `since=${tooBig}` }))).response.status).toBe(400);
    const tooBigV1 = Buffer.from("v1:9999999999999999999").toString("base64url");
    expect((await call(request({ path: "/api/v1/consent/changes", query: `since=${tooBigV1}` }))).response.status).toBe(400);
    const largest = encodeCursor(epoch, 2n ** 63n - 1n);
    expect((await call(request({ path: "/api/v1/consent/changes", query: `since=${largest}` }))).response.status).toBe(410);
    for (const limit of ["0x10", "1e3", " 5", "5.0", "+5", ""]) {
      expect((await call(request({ path: "/api/v1/consent/changes", query: new URLSearchParams({ limit }).toString() }))).response.status).toBe(400);
    }
    expect((await call(request({ path: "/api/v1/consent/changes", query: "limit=0005" }))).response.status).toBe(200);
  });

  it("GET /fhir/Consent: the right Bundle for system|valid number, 400 otherwise", async () => {
    const system = fc.oneof({ arbitrary: fc.constant("https://fhir.nhs.uk/Id/nhs-number"), weight: 4 }, { arbitrary: mangled(fc.constant("https://fhir.nhs.uk/Id/nhs-number")), weight: 1 }, { arbitrary: nastyString, weight: 1 });
    const identifier = fc.oneof(
      fc.tuple(system, fc.oneof(nhsLike, fc.constant(optedOut))).map(([sys, value]) => `${sys}|${value}`),
      nastyString,
    );
    await fc.assert(
      fc.asyncProperty(identifier, fc.constantFrom("patient:identifier", "patient.identifier", "patient", "identifier"), async (value, name) => {
        const { response, body } = await call(request({ path: "/fhir/Consent", query: new URLSearchParams({ [name]: value }).toString() }));
        const isParam = name === "patient:identifier" || name === "patient.identifier";
        const bar = value.indexOf("|");
        if (!isParam || !value || bar < 0 || value.slice(0, bar) !== "https://fhir.nhs.uk/Id/nhs-number") {
          expect(response.status).toBe(400);
          expect(body.resourceType).toBe("OperationOutcome");
          return;
        }
        const parsed = parseNhsNumber(value.slice(bar + 1));
        // A bad identifier is a FHIR search error: 400 with an OperationOutcome (issue #15 point 5).
        expect(response.status).toBe(parsed.ok ? 200 : 400);
        if (parsed.ok) {
          expect(body).toMatchObject({ resourceType: "Bundle", type: "searchset", total: parsed.nhsNumber === optedOut ? 1 : 0 });
        }
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });

  it("any method, path, header and API key: a problem with a known status, never a 500", async () => {
    const method = fc.constantFrom("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "get", "");
    const path = fc.oneof(
      fc.constantFrom("/api/v1/consent/check", "/api/v1/consent/changes", "/api/v1/consent/", "/api/v1/consent", "/fhir/Consent", "/fhir/metadata", "/api/v1/openapi.json", "/", ""),
      nastyString.map((s) => `/api/v1/consent/${s}`),
      nastyString.map((s) => `/${s}`),
    );
    const authorization = fc.oneof(
      fc.constant(undefined),
      fc.constant("valid"),
      fc.constantFrom("Bearer", "Bearer ", "bearer x", "Basic dXNlcjpwYXNz", `Bearer nlr_abcdefabcdef_${"x".repeat(43)}`, `Bearer nlr_ABCDEF_${"x".repeat(43)}`),
      nastyString.map((s) => `Bearer ${s}`),
      nastyString,
    );
    await fc.assert(
      fc.asyncProperty(method, path, authorization, fc.option(nastyString), async (m, p, auth, requestId) => {
        const headers: Record<string, string> = {};
        if (auth !== "valid") headers.authorization = auth ?? "";
        if (requestId !== null) headers["x-request-id"] = requestId;
        const { response } = await call(request({ method: m, path: p, headers, body: '{"nhsNumbers":["9990000018"]}' }));
        expect(response.headers["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{8,100}$/);
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });
});
