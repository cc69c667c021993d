import type { StoredConsent } from "./register-store";

// FHIR R4 views of the register, claiming the UK Core Consent profile.
// Every URL in a resource is absolute, from the register's public base URL
// (SITE_URL), as R4 requires of Bundle.entry.fullUrl. A Consent's id is the id
// of the decision in force, a random UUID the register stored when it recorded
// the decision: never the NHS number (docs/decisions/018-fhir-consent-ids.md).

export const FHIR_CONTENT_TYPE = "application/fhir+json";
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
export const UK_CORE_CONSENT_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent";
const CHANNEL_EXTENSION = "https://consent-register.example/fhir/StructureDefinition/decision-channel";
/** The sharing policy a decision is made under, and its version (Consent.policy: authority and uri). */
export const POLICY = { uri: "https://consent-register.example/policy/joined-up-care-record", version: "1" } as const;
/** The organisation that keeps the register and answers for its decisions (Consent.organization: the custodian). */
export const CUSTODIAN = "North London Partners in health and care";

/** What an empty searchset means: said in the CapabilityStatement and on /developers. */
export const EMPTY_BUNDLE_MEANING =
  "An empty searchset (total 0) means the register holds no decision in force for that NHS number: the person takes part by default and their record may be shared. It never means the register could not be read: that is a 503 OperationOutcome.";

// The SNOMED CT codes the legacy schemes used for the same decisions.
const SNOMED = "http://snomed.info/sct";
const OPT_OUT = { system: SNOMED, code: "416409005", display: "Refused consent for upload to local shared electronic record" };
const OPT_IN = { system: SNOMED, code: "417528008", display: "Consent given for upload to local shared electronic record" };

/** Consent.status codes (R4 required binding); the register serves only "active" Consents. */
export const CONSENT_STATUSES = ["draft", "proposed", "active", "rejected", "inactive", "entered-in-error"] as const;

/** A decision in force, with the id of that decision. */
export type ConsentInForce = StoredConsent & { decisionId: string; decidedAt: Date };

export function isInForce(stored: StoredConsent | null | undefined): stored is ConsentInForce {
  return Boolean(stored?.decidedAt && stored.decisionId);
}

export function consentUrl(baseUrl: string, id: string): string {
  return `${baseUrl}/fhir/Consent/${id}`;
}

export function buildConsentBundle(options: { nhsNumber: string; stored: StoredConsent | null; baseUrl: string; selfUrl: string; count?: number; statuses?: readonly string[] }) {
  const { nhsNumber, stored, baseUrl } = options;
  // No decision in force: the person takes part by default, and there is no
  // Consent resource to return (an empty searchset). Every Consent served is active.
  const matches = isInForce(stored) && (!options.statuses || options.statuses.includes("active")) ? [stored] : [];
  const entries = matches.slice(0, options.count ?? matches.length).map((consent) => ({
    fullUrl: consentUrl(baseUrl, consent.decisionId),
    resource: consentResource(nhsNumber, consent),
    search: { mode: "match" },
  }));
  return {
    resourceType: "Bundle",
    type: "searchset",
    timestamp: new Date().toISOString(),
    total: matches.length,
    link: [{ relation: "self", url: options.selfUrl }],
    ...(entries.length ? { entry: entries } : {}),
  };
}

export function consentResource(nhsNumber: string, stored: ConsentInForce) {
  const isOptedOut = stored.status === "OPTED_OUT";
  const decidedAt = stored.decidedAt.toISOString();
  return {
    resourceType: "Consent",
    id: stored.decisionId,
    meta: { profile: [UK_CORE_CONSENT_PROFILE] },
    ...(stored.channel ? { extension: [{ url: CHANNEL_EXTENSION, valueCode: stored.channel.toLowerCase().replace(/_/g, "-") }] } : {}),
    status: "active",
    scope: {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy", display: "Privacy Consent" }],
    },
    category: [
      { coding: [{ system: "http://loinc.org", code: "59284-0", display: "Patient Consent" }] },
      { coding: [isOptedOut ? OPT_OUT : OPT_IN] },
    ],
    patient: { type: "Patient", identifier: { system: NHS_NUMBER_SYSTEM, value: nhsNumber } },
    dateTime: decidedAt,
    organization: [{ type: "Organization", display: CUSTODIAN }],
    policy: [{ authority: POLICY.uri, uri: `${POLICY.uri}/version/${POLICY.version}` }],
    provision: {
      type: isOptedOut ? "deny" : "permit",
      // In force from the decision until the person makes another: no end.
      period: { start: decidedAt },
      purpose: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "TREAT", display: "treatment" }],
    },
  };
}

/** The search parameters /fhir/Consent honours; anything else is ignored and left out of the self link. */
export const SEARCH_PARAMS = {
  patient: {
    name: "patient",
    definition: "http://hl7.org/fhir/SearchParameter/clinical-patient",
    type: "reference",
    documentation: `Required. The person, by NHS number, with the :identifier modifier (a token): patient:identifier=${NHS_NUMBER_SYSTEM}|<10 digits>. The chained form patient.identifier=… is accepted too. A missing or malformed identifier, another system, or a number that fails the Modulus 11 check is refused with 400 and an OperationOutcome.`,
  },
  status: {
    name: "status",
    definition: "http://hl7.org/fhir/SearchParameter/Consent-status",
    type: "token",
    documentation: `Optional, one or more comma-separated Consent status codes (${CONSENT_STATUSES.join(", ")}). The register serves only active Consents, so any other status finds none. An unknown code is refused with 400.`,
  },
  count: {
    name: "_count",
    type: "number",
    documentation: "Optional, 0 to 100: the most entries to return. _count=0 returns only the total. A search by NHS number finds at most one Consent.",
  },
} as const;

export function buildCapabilityStatement(baseUrl: string) {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-12-06",
    publisher: CUSTODIAN,
    kind: "instance",
    software: { name: "North London consent register" },
    implementation: { description: "Consent-check API for record services", url: `${baseUrl}/fhir` },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        documentation: `JSON only (application/fhir+json): asking for XML, by Accept or _format, is refused with 406. ${EMPTY_BUNDLE_MEANING}`,
        security: {
          description: "Send a per-client API key as Authorization: Bearer <key>. Keys are issued by the register's staff.",
        },
        resource: [
          {
            type: "Consent",
            profile: UK_CORE_CONSENT_PROFILE,
            documentation: `One Consent per person: the decision in force, with the id of that decision (not the NHS number). ${EMPTY_BUNDLE_MEANING}`,
            interaction: [{ code: "read" }, { code: "search-type" }],
            searchParam: [SEARCH_PARAMS.patient, SEARCH_PARAMS.status, SEARCH_PARAMS.count],
          },
        ],
      },
    ],
  };
}

const ISSUE_CODES: Record<number, string> = {
  400: "invalid",
  401: "login",
  403: "forbidden",
  404: "not-found",
  405: "not-supported",
  406: "not-supported",
  413: "too-costly",
  415: "not-supported",
  422: "value",
  429: "throttled",
  503: "transient",
};

/** A FHIR id: 1 to 64 letters, digits, "-" and ".". */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

export function operationOutcome(status: number, detail: string, requestId: string) {
  return {
    resourceType: "OperationOutcome",
    // The request id (also in X-Request-Id) when it is a valid FHIR id; a client's own id may not be.
    ...(FHIR_ID.test(requestId) ? { id: requestId } : {}),
    issue: [{ severity: status >= 500 ? "fatal" : "error", code: ISSUE_CODES[status] ?? "exception", diagnostics: detail }],
  };
}
