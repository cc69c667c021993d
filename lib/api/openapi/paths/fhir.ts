import { z } from "zod";
import { CONSENT_STATUSES, EMPTY_BUNDLE_MEANING, NHS_NUMBER_SYSTEM, UK_CORE_CONSENT_PROFILE } from "../../fhir";
import { commonErrors, errorAnswer, FHIR_JSON, headOf, notAllowed, okAnswer, type OpenApiPart, ref } from "../schemas";

// FHIR R4: /fhir/Consent search and read, and /fhir/metadata. The shapes here
// are what a consumer relies on; the resources themselves are checked against
// the R4 JSON schema in tests/contract.

const fhirId = z.string().regex(/^[A-Za-z0-9.-]{1,64}$/);

export const fhirOperationOutcomeSchema = z
  .looseObject({
    resourceType: z.literal("OperationOutcome"),
    id: fhirId.optional(),
    issue: z.array(z.looseObject({ severity: z.enum(["fatal", "error", "warning", "information"]), code: z.string(), diagnostics: z.string() })).min(1),
  })
  .meta({ id: "FhirOperationOutcome", description: "Every error on /fhir." });

export const fhirConsentSchema = z
  .looseObject({
    resourceType: z.literal("Consent"),
    id: fhirId.describe("The id of the decision in force (a UUID), never the NHS number. A new decision gets a new id."),
    meta: z.looseObject({ profile: z.array(z.literal(UK_CORE_CONSENT_PROFILE)) }),
    status: z.literal("active"),
    patient: z.looseObject({ type: z.literal("Patient"), identifier: z.object({ system: z.literal(NHS_NUMBER_SYSTEM), value: z.string().regex(/^\d{10}$/) }) }),
    dateTime: z.iso.datetime({ offset: true }),
    organization: z.array(z.looseObject({ display: z.string() })).min(1).describe("The custodian: the organisation that keeps the register."),
    policy: z.array(z.looseObject({ authority: z.string(), uri: z.string() })).min(1).describe("The sharing policy and its version."),
    provision: z.looseObject({ type: z.enum(["deny", "permit"]), period: z.object({ start: z.iso.datetime({ offset: true }) }) }),
  })
  .meta({ id: "FhirConsent", description: `A person's decision in force, claiming ${UK_CORE_CONSENT_PROFILE}.` });

export const fhirBundleSchema = z
  .looseObject({
    resourceType: z.literal("Bundle"),
    type: z.literal("searchset"),
    total: z.number().int().min(0),
    link: z.array(z.object({ relation: z.string(), url: z.url() })),
    entry: z.array(z.looseObject({ fullUrl: z.url(), resource: fhirConsentSchema, search: z.object({ mode: z.literal("match") }) })).min(1).optional(),
  })
  .meta({ id: "FhirConsentBundle", description: EMPTY_BUNDLE_MEANING });

export const fhirCapabilityStatementSchema = z
  .looseObject({ resourceType: z.literal("CapabilityStatement"), fhirVersion: z.literal("4.0.1"), format: z.array(z.string()) })
  .meta({ id: "FhirCapabilityStatement" });

const FHIR = { fhir: true } as const;
const notAcceptable = errorAnswer("XML or another format was asked for (Accept or _format): this server answers in FHIR JSON only.", FHIR);
const formatParameter = { name: "_format", in: "query", required: false, schema: { type: "string" }, description: "json, application/json or application/fhir+json; anything else is 406." };

const search = {
  operationId: "searchFhirConsent",
  summary: "FHIR R4 search: the person's Consent (UK Core Consent)",
  description: `Needs the consent:read scope. ${EMPTY_BUNDLE_MEANING}`,
  parameters: [
    { name: "patient:identifier", in: "query", required: false, schema: { type: "string" }, description: `${NHS_NUMBER_SYSTEM}|<NHS number>. Give this or patient.identifier.` },
    { name: "patient.identifier", in: "query", required: false, schema: { type: "string" }, description: "The chained form of patient:identifier; the same value." },
    { name: "status", in: "query", required: false, schema: { type: "string" }, description: `Comma-separated Consent status codes (${CONSENT_STATUSES.join(", ")}). Only active Consents exist here.` },
    { name: "_count", in: "query", required: false, schema: { type: "integer", minimum: 0, maximum: 100 }, description: "The most entries to return; 0 returns only the total." },
    formatParameter,
  ],
  responses: {
    "200": okAnswer("A searchset Bundle: one Consent when a decision is in force, none otherwise.", ref("FhirConsentBundle"), FHIR_JSON),
    "400": errorAnswer("A missing, malformed or repeated identifier, another identifier system, a number that fails the Modulus 11 check, or a bad status or _count.", FHIR),
    "406": notAcceptable,
    ...commonErrors(FHIR),
  },
};

const read = {
  operationId: "readFhirConsent",
  summary: "FHIR R4 read: one Consent by id",
  description: "Needs the consent:read scope. The id is the one a search gave; once the person makes a new decision it is 404 and a search finds the new one.",
  parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, formatParameter],
  responses: {
    "200": okAnswer("The Consent.", ref("FhirConsent"), FHIR_JSON),
    "404": errorAnswer("No Consent in force has this id.", FHIR),
    "406": notAcceptable,
    ...commonErrors(FHIR),
  },
};

const metadata = {
  operationId: "fhirCapabilities",
  summary: "FHIR CapabilityStatement",
  security: [],
  parameters: [formatParameter],
  responses: { "200": okAnswer("CapabilityStatement", ref("FhirCapabilityStatement"), FHIR_JSON), "406": notAcceptable },
};

export const fhirPart: OpenApiPart = {
  schemas: [fhirOperationOutcomeSchema, fhirConsentSchema, fhirBundleSchema, fhirCapabilityStatementSchema],
  paths: {
    "/fhir/Consent": { get: search, head: headOf(search), post: notAllowed("searchFhirConsentWrongMethod", "GET, HEAD", FHIR) },
    "/fhir/Consent/{id}": {
      get: read,
      head: headOf(read),
      post: { ...notAllowed("readFhirConsentWrongMethod", "GET, HEAD", FHIR), parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] },
    },
    "/fhir/metadata": { get: metadata, head: headOf(metadata), post: notAllowed("fhirCapabilitiesWrongMethod", "GET, HEAD", FHIR) },
  },
};
