import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { z } from "zod";
import { componentSchemas } from "@/lib/api/openapi/schemas";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { newKey } from "../api/support";
import { BASE_URL, type ContractApi, PROJECT_ROOT, type RunningPrism, startContractApi, startPrism, TARGET_HEADER } from "./support";

// The contract as an integration engineer proves it, with third-party tools
// only: swagger-parser and Redocly check the served document, Stoplight Prism
// (proxy mode, --errors) sits in front of the dedicated API server and checks
// every answer in a replay of every documented operation and status, and
// openapi-typescript + openapi-fetch type a small consumer that must compile
// and run against the server. Prism starts once for the whole file.

const run = promisify(execFile);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

let api: ContractApi;
let prism: RunningPrism;
let document: Record<string, unknown> & { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
let documentPath: string;
let workDir: string;

beforeAll(async () => {
  api = await startContractApi();
  document = await (await fetch(`${api.url}/api/v1/openapi.json`)).json();
  workDir = mkdtempSync(path.join(tmpdir(), "consent-contract-"));
  documentPath = path.join(workDir, "openapi.json");
  writeFileSync(documentPath, JSON.stringify(document, null, 2));
  prism = await startPrism(documentPath, api.url);
});

afterAll(async () => {
  await prism?.stop();
  await api?.close();
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 with every $ref resolving (swagger-parser)", async () => {
    // validate() dereferences every $ref and fails on any that points nowhere (issue #15 point 1).
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect(JSON.stringify(document)).not.toContain("__shared");
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as typeof document;
    // Batch results and feed changes are typed as what the server sends, not as anything.
    const batch = dereferenced.paths["/api/v1/consent/check"]!.post!.responses["200"] as { content: Record<string, { schema: { properties: { results: { items: { anyOf: { properties: { status: unknown } }[] } } } } }> };
    const statuses = batch.content["application/json"]!.schema.properties.results.items.anyOf.map((s) => s.properties.status);
    expect(statuses).toEqual([{ type: "string", enum: ["participating", "opted-out"] }, { type: "string", const: "invalid" }]);
  });

  it("refuses to publish a schema that refers to one left out of the list", () => {
    const inner = z.object({ a: z.string() }).meta({ id: "ContractInner" });
    const outer = z.object({ inner }).meta({ id: "ContractOuter" });
    expect(() => componentSchemas([outer])).toThrow(/not in the document/);
    expect(Object.keys(componentSchemas([outer, inner]))).toEqual(expect.arrayContaining(["ContractOuter", "ContractInner"]));
  });

  it("names the configured public base URL as its server, not /", () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: BASE_URL })]);
  });

  it("passes Redocly's recommended lint with no problem", async () => {
    const cli = path.join(PROJECT_ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");
    const result = await run(process.execPath, [cli, "lint", documentPath, "--config", path.join(PROJECT_ROOT, "tests", "contract", "redocly.yaml"), "--format", "json"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    }).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf("{")));
    expect(report.problems.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  });
});

type Replay = {
  name: string;
  method: string;
  path: string;
  status: number;
  key?: string | "none" | "unknown";
  headers?: Record<string, string>;
  body?: string;
  /** Sent to the server directly, not through Prism; the reason is given where it is set. */
  direct?: boolean;
};

describe("Prism in front of the dedicated server", () => {
  it("finds no violation in a replay of every documented operation and status", async () => {
    const reader = (await newKey(["consent:read"])).key;
    const follower = (await newKey(["consent:read", "consent:changes"])).key;
    const optedOut = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber: optedOut, channel: "PAPER" }), recordedBy: RESIDENT });
    const search = (value: string, extra = "") => `/fhir/Consent?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${value}`)}${extra}`;
    const consentId = (await (await fetch(`${api.url}${search(optedOut)}`, { headers: { authorization: `Bearer ${reader}` } })).json()).entry[0].resource.id as string;
    const json = { "content-type": "application/json" };
    // The feed's first page never changes (changes are numbered and immutable), so its ETag stays good for a 304.
    const firstPageTag = (await fetch(`${api.url}/api/v1/consent/changes?limit=2`, { headers: { authorization: `Bearer ${follower}` } })).headers.get("etag")!;
    const otherEpochCursor = Buffer.from("v2:00000000-0000-4000-8000-000000000000:1").toString("base64url");
    // A cursor of this register's epoch but ahead of its last change (issue #15 point 8): refused, not echoed.
    const [, epoch] = Buffer.from((await (await fetch(`${api.url}/api/v1/consent/changes?limit=1`, { headers: { authorization: `Bearer ${follower}` } })).json()).nextCursor, "base64url").toString().split(":");
    const aheadCursor = Buffer.from(`v2:${epoch}:999999999`).toString("base64url");
    const replays: Replay[] = [
      { name: "single", method: "GET", path: `/api/v1/consent/${optedOut}`, status: 200 },
      { name: "single, spaced", method: "GET", path: `/api/v1/consent/${encodeURIComponent("999 000 0018")}`, status: 200 },
      { name: "single, headers only", method: "HEAD", path: `/api/v1/consent/${optedOut}`, status: 200 },
      { name: "single, bad check digit", method: "GET", path: "/api/v1/consent/9434765918", status: 422 },
      { name: "single, bad percent-encoding", method: "GET", path: "/api/v1/consent/%E0%A4%A", status: 400 },
      { name: "single, unknown key", method: "GET", path: `/api/v1/consent/${optedOut}`, status: 401, key: "unknown" },
      { name: "single, wrong method", method: "POST", path: `/api/v1/consent/${optedOut}`, status: 405, headers: json, body: "{}" },
      { name: "single, rate limited", method: "GET", path: `/api/v1/consent/${optedOut}`, status: 429, headers: { [TARGET_HEADER]: "limited" } },
      { name: "single, register down", method: "GET", path: `/api/v1/consent/${optedOut}`, status: 503, headers: { [TARGET_HEADER]: "down" } },
      { name: "batch", method: "POST", path: "/api/v1/consent/check", status: 200, headers: json, body: JSON.stringify({ nhsNumbers: [optedOut, "999 000 0018", "123"] }) },
      // Prism parses bodies itself and answers malformed JSON on its own, so the 400 replayed is the wrong shape.
      { name: "batch, wrong shape", method: "POST", path: "/api/v1/consent/check", status: 400, headers: json, body: JSON.stringify({ numbers: [optedOut] }) },
      { name: "batch, too many", method: "POST", path: "/api/v1/consent/check", status: 413, headers: json, body: JSON.stringify({ nhsNumbers: Array.from({ length: 10_001 }, () => "9990000018") }) },
      { name: "batch, not JSON", method: "POST", path: "/api/v1/consent/check", status: 415, headers: { "content-type": "text/plain" }, body: "9990000018" },
      { name: "batch, unknown key", method: "POST", path: "/api/v1/consent/check", status: 401, key: "unknown", headers: json, body: JSON.stringify({ nhsNumbers: [optedOut] }) },
      { name: "batch, wrong method", method: "GET", path: "/api/v1/consent/check", status: 405 },
      { name: "batch, register down", method: "POST", path: "/api/v1/consent/check", status: 503, headers: { ...json, [TARGET_HEADER]: "down" }, body: JSON.stringify({ nhsNumbers: [optedOut] }) },
      { name: "feed", method: "GET", path: "/api/v1/consent/changes?limit=2", status: 200, key: follower },
      { name: "feed, headers only", method: "HEAD", path: "/api/v1/consent/changes?limit=2", status: 200, key: follower },
      { name: "feed, bad cursor", method: "GET", path: "/api/v1/consent/changes?since=bogus", status: 400, key: follower },
      { name: "feed, from 0", method: "GET", path: "/api/v1/consent/changes?since=0&limit=2", status: 200, key: follower },
      { name: "feed, not modified", method: "GET", path: "/api/v1/consent/changes?limit=2", status: 304, key: follower, headers: { "if-none-match": firstPageTag } },
      { name: "feed, not modified, headers only", method: "HEAD", path: "/api/v1/consent/changes?limit=2", status: 304, key: follower, headers: { "if-none-match": firstPageTag } },
      { name: "feed, cursor of another epoch", method: "GET", path: `/api/v1/consent/changes?since=${otherEpochCursor}`, status: 410, key: follower },
      { name: "feed, cursor ahead of the register", method: "GET", path: `/api/v1/consent/changes?since=${aheadCursor}`, status: 410, key: follower },
      { name: "feed, unknown key", method: "GET", path: "/api/v1/consent/changes", status: 401, key: "unknown" },
      { name: "feed, without the scope", method: "GET", path: "/api/v1/consent/changes", status: 403 },
      { name: "feed, wrong method", method: "POST", path: "/api/v1/consent/changes", status: 405, headers: json, body: "{}" },
      // Prism 5 cannot validate the snapshot's body (streamed gzip NDJSON: it parses a body as one JSON
      // document), so the 200 goes to the server directly and its lines are checked against the
      // document's schemas with Ajv in "the snapshot's lines" below; its problem answers go through Prism.
      { name: "snapshot", method: "GET", path: "/api/v1/consent/snapshot", status: 200, key: follower, direct: true },
      { name: "snapshot, headers only", method: "HEAD", path: "/api/v1/consent/snapshot", status: 200, key: follower },
      { name: "snapshot, unknown key", method: "GET", path: "/api/v1/consent/snapshot", status: 401, key: "unknown" },
      { name: "snapshot, without the scope", method: "GET", path: "/api/v1/consent/snapshot", status: 403 },
      { name: "snapshot, register down", method: "GET", path: "/api/v1/consent/snapshot", status: 503, key: follower, headers: { [TARGET_HEADER]: "down" } },
      { name: "snapshot, wrong method", method: "POST", path: "/api/v1/consent/snapshot", status: 405, headers: json, body: "{}" },
      { name: "FHIR search", method: "GET", path: search(optedOut), status: 200 },
      { name: "FHIR search, no decision", method: "GET", path: search(uniqueNhsNumber(), "&status=active&_count=1"), status: 200 },
      { name: "FHIR search, headers only", method: "HEAD", path: search(optedOut), status: 200 },
      { name: "FHIR search, bad check digit", method: "GET", path: search("9434765918"), status: 400 },
      { name: "FHIR search, XML", method: "GET", path: search(optedOut), status: 406, headers: { accept: "application/fhir+xml" } },
      { name: "FHIR search, unknown key", method: "GET", path: search(optedOut), status: 401, key: "unknown" },
      { name: "FHIR search, without the scope", method: "GET", path: search(optedOut), status: 403 },
      { name: "FHIR search, register down", method: "GET", path: search(optedOut), status: 503, headers: { [TARGET_HEADER]: "down" } },
      { name: "FHIR search, rate limited", method: "GET", path: search(optedOut), status: 429, headers: { [TARGET_HEADER]: "limited" } },
      { name: "FHIR search, wrong method", method: "POST", path: "/fhir/Consent", status: 405, headers: json, body: "{}" },
      { name: "FHIR read", method: "GET", path: `/fhir/Consent/${consentId}`, status: 200 },
      { name: "FHIR read, headers only", method: "HEAD", path: `/fhir/Consent/${consentId}`, status: 200 },
      { name: "FHIR read, unknown id", method: "GET", path: "/fhir/Consent/00000000-0000-4000-8000-000000000000", status: 404 },
      { name: "FHIR read, unknown key", method: "GET", path: `/fhir/Consent/${consentId}`, status: 401, key: "unknown" },
      { name: "FHIR read, XML", method: "GET", path: `/fhir/Consent/${consentId}?_format=xml`, status: 406 },
      { name: "FHIR read, wrong method", method: "POST", path: `/fhir/Consent/${consentId}`, status: 405, headers: json, body: "{}" },
      { name: "CapabilityStatement", method: "GET", path: "/fhir/metadata", status: 200, key: "none" },
      { name: "CapabilityStatement, headers only", method: "HEAD", path: "/fhir/metadata", status: 200, key: "none" },
      { name: "CapabilityStatement, XML", method: "GET", path: "/fhir/metadata", status: 406, key: "none", headers: { accept: "application/xml" } },
      { name: "CapabilityStatement, wrong method", method: "POST", path: "/fhir/metadata", status: 405, key: "none", headers: json, body: "{}" },
      { name: "OpenAPI", method: "GET", path: "/api/v1/openapi.json", status: 200, key: "none" },
      { name: "OpenAPI, headers only", method: "HEAD", path: "/api/v1/openapi.json", status: 200, key: "none" },
      { name: "OpenAPI, wrong method", method: "POST", path: "/api/v1/openapi.json", status: 405, key: "none", headers: json, body: "{}" },
    ];
    // A reader key lacks consent:changes (403 on the feed); the follower key has both; FHIR 403 needs a key without consent:read.
    const changesOnly = (await newKey(["consent:changes"])).key;
    for (const replay of replays) if (replay.name === "FHIR search, without the scope") replay.key = changesOnly;

    const problems: string[] = [];
    const covered = new Set<string>();
    for (const replay of replays) {
      const key = replay.key === "none" ? undefined : replay.key === "unknown" ? "nlr_unknownunknownunknownunknown" : (replay.key ?? reader);
      const requestId = `contract-${replays.indexOf(replay)}-${Date.now()}`;
      // Prism 5 reads a proxied HEAD answer's body as JSON and fails (a HEAD answer has none), so HEAD
      // goes to the server directly; its status and headers are checked against the document below.
      const target = replay.method === "HEAD" || replay.direct ? api.url : prism.url;
      const send = () =>
        fetch(`${target}${replay.path}`, {
          method: replay.method,
          headers: { "x-request-id": requestId, ...(key ? { authorization: `Bearer ${key}` } : {}), ...replay.headers },
          body: replay.body,
        });
      let response = await send();
      // The one-a-second instance answers the first call of a second; the second call is refused.
      if (replay.status === 429 && response.status !== 429) response = await send();
      const body = replay.method === "HEAD" ? "" : await response.text();
      const violations = response.headers.get("sl-violations");
      if (response.status !== replay.status) problems.push(`${replay.name}: ${response.status} (expected ${replay.status}) ${body.slice(0, 300)}`);
      // The answer must be the server's (it echoes our request id), not one Prism made up.
      else if (response.headers.get("x-request-id") !== requestId) problems.push(`${replay.name}: not the server's answer: ${body.slice(0, 300)}`);
      if (violations) problems.push(`${replay.name}: ${violations}`);
      if (replay.method === "HEAD") {
        const operation = document.paths[templateOf(replay.path)]!.head as unknown as { responses: Record<string, { headers?: Record<string, unknown> }> };
        const documented = operation.responses[String(response.status)];
        if (!documented) problems.push(`${replay.name}: HEAD answered ${response.status}, which the document does not list`);
        else if (body !== "") problems.push(`${replay.name}: HEAD answered with a body`);
        for (const name of Object.keys(documented?.headers ?? {})) if (!response.headers.has(name)) problems.push(`${replay.name}: no ${name} header`);
      }
      covered.add(`${replay.method} ${templateOf(replay.path)} ${replay.status}`);
    }
    const log = prism.output();
    const reported = log.split("\n").filter((line) => /violation|✖|error/i.test(line) && !/Request received|Forwarding/.test(line));
    expect(problems).toEqual([]);
    expect(reported).toEqual([]);

    // Every documented operation and status was replayed.
    const documented: string[] = [];
    for (const [pathName, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) for (const status of Object.keys(operation.responses)) documented.push(`${method.toUpperCase()} ${pathName} ${status}`);
    }
    // HEAD answers each error as GET does (replayed for GET); 403, 429 and 503 are the same for every
    // authenticated operation and are replayed on some of them.
    const missing = documented.filter((entry) => !covered.has(entry) && !/^HEAD .* [45]\d\d$/.test(entry) && !/ (403|429|503)$/.test(entry));
    expect(missing).toEqual([]);
    for (const status of [403, 429, 503]) expect([...covered].filter((entry) => entry.endsWith(` ${status}`)).length).toBeGreaterThanOrEqual(2);
  });
});

function templateOf(requestPath: string): string {
  const bare = requestPath.split("?")[0]!;
  if (bare.startsWith("/api/v1/consent/") && !["/api/v1/consent/check", "/api/v1/consent/changes", "/api/v1/consent/snapshot"].includes(bare)) return "/api/v1/consent/{nhsNumber}";
  if (bare.startsWith("/fhir/Consent/")) return "/fhir/Consent/{id}";
  return bare;
}

describe("the snapshot's lines", () => {
  it("are each valid against the schema the document gives them (Ajv, JSON Schema 2020-12)", async () => {
    const follower = (await newKey(["consent:changes"])).key;
    await recordDecision({ details: decisionDetails({ nhsNumber: uniqueNhsNumber() }), recordedBy: RESIDENT });
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as typeof document;
    const answer = dereferenced.paths["/api/v1/consent/snapshot"]!.get!.responses["200"] as { content: Record<string, { schema: { oneOf: object[] } }> };
    const [header, person, trailer] = answer.content["application/x-ndjson"]!.schema.oneOf.map((schema) => ajv.compile(schema));
    // fetch decodes the gzip body (Content-Encoding: gzip), as a consumer's HTTP client would.
    const response = await fetch(`${api.url}/api/v1/consent/snapshot`, { headers: { authorization: `Bearer ${follower}`, "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).split("\n");
    expect(lines.pop()).toBe("");
    const parsed = lines.map((line) => JSON.parse(line) as unknown);
    const invalid: string[] = [];
    const check = (validate: ReturnType<typeof ajv.compile>, value: unknown, at: number) => {
      if (!validate(value)) invalid.push(`line ${at + 1}: ${ajv.errorsText(validate.errors)}`);
    };
    check(header!, parsed[0], 0);
    parsed.slice(1, -1).forEach((value, i) => check(person!, value, i + 1));
    check(trailer!, parsed.at(-1), parsed.length - 1);
    expect(invalid).toEqual([]);
    expect(parsed.length).toBeGreaterThan(2);
    expect((parsed.at(-1) as { count: number }).count).toBe(parsed.length - 2);
  });
});

describe("a typed consumer (openapi-typescript + openapi-fetch)", () => {
  it("compiles against types generated from the document and runs against the server through Prism", async () => {
    const generated = path.join(PROJECT_ROOT, "tests", "contract", "consumer", "generated");
    mkdirSync(generated, { recursive: true });
    // openapi-typescript needs TypeScript 5 or 6 (the project's `typescript` package is 6, for typescript-eslint).
    await run(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "openapi-typescript", "bin", "cli.js"), documentPath, "-o", path.join(generated, "consent-api.d.ts")]);
    const tsc = path.join(PROJECT_ROOT, "node_modules", "typescript-7", "bin", "tsc");
    const checked = await run(process.execPath, [tsc, "-p", path.join(PROJECT_ROOT, "tests", "contract", "consumer", "tsconfig.json")]).catch((error: { stdout: string }) => error);
    expect(checked.stdout).toBe("");

    const { key } = await newKey(["consent:read", "consent:changes"]);
    const start = await fetch(`${api.url}/api/v1/consent/changes?limit=10000`, { headers: { authorization: `Bearer ${key}` } });
    let cursor = (await start.json()).nextCursor as string;
    for (;;) {
      const more = await (await fetch(`${api.url}/api/v1/consent/changes?limit=10000&since=${cursor}`, { headers: { authorization: `Bearer ${key}` } })).json();
      cursor = more.nextCursor;
      if (!more.hasMore) break;
    }
    const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    for (const nhsNumber of people) await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });

    // Loaded by path, not by a literal import: the project's typecheck must not follow it into
    // types that only exist once this test has generated them (the consumer has its own tsconfig).
    const consumerPath = path.join(PROJECT_ROOT, "tests", "contract", "consumer", "consumer.ts");
    const { runConsumer } = (await import(/* @vite-ignore */ consumerPath)) as {
      runConsumer: (baseUrl: string, key: string, nhsNumbers: string[], feedFrom: string | undefined) => Promise<{
        single: unknown;
        batch: unknown;
        feed: { pages: number; changes: number; lastCursor: string | undefined; isNumberedWithoutGaps: boolean; pollAfterSeconds: number };
        asOf: { single: number; batch: number };
      }>;
    };
    const report = await runConsumer(prism.url, key, people, cursor);
    expect(report.single).toEqual({ nhsNumber: people[0], shareable: false, status: "opted-out" });
    expect(report.batch).toEqual({ valid: 3, invalid: [expect.stringMatching(/^123: /)] });
    expect(report.feed.changes).toBeGreaterThanOrEqual(3);
    expect(report.feed.pages).toBeGreaterThanOrEqual(2);
    expect(report.feed.isNumberedWithoutGaps).toBe(true);
    expect(report.feed.pollAfterSeconds).toBe(5);
    expect(report.asOf.single).toBeGreaterThanOrEqual(3);
    expect(report.asOf.batch).toBeGreaterThanOrEqual(report.asOf.single);

    // The snapshot, read by the typed consumer (directly: Prism cannot proxy a streamed gzip body, ADR 022),
    // holds the people just opted out, and the feed from its cursor (through Prism) is accepted.
    const { readSnapshot, followFeed } = (await import(/* @vite-ignore */ consumerPath)) as {
      readSnapshot: (baseUrl: string, key: string) => Promise<{ cursor: string; seq: number; optedOut: string[]; isComplete: boolean }>;
      followFeed: (baseUrl: string, key: string, from: { optedOut: Iterable<string>; cursor: string }) => Promise<{ optedOut: Set<string> } | { gone: unknown }>;
    };
    const snapshot = await readSnapshot(api.url, key);
    expect(snapshot.isComplete).toBe(true);
    expect(snapshot.seq).toBeGreaterThanOrEqual(report.asOf.batch);
    expect(snapshot.optedOut).toEqual(expect.arrayContaining(people));
    const followed = await followFeed(prism.url, key, snapshot);
    expect("gone" in followed).toBe(false);
    expect(prism.output()).not.toMatch(/violation/i);
  });
});
