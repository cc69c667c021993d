import type { StoredConsent } from "./register-store";

// FHIR R4 views of the register, in the shape of UK Core Consent.

export const FHIR_CONTENT_TYPE = "application/fhir+json";
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
const CHANNEL_EXTENSION = "https://consent-register.example/fhir/StructureDefinition/decision-channel";
const POLICY_URI = "https://consent-register.example/policy/joined-up-care-record";

// The SNOMED CT codes the legacy schemes used for the same decisions.
const SNOMED = "http://snomed.info/sct";
const OPT_OUT = { system: SNOMED, code: "416409005", display: "Refused consent for upload to local shared electronic record" };
const OPT_IN = { system: SNOMED, code: "417528008", display: "Consent given for upload to local shared electronic record" };

export function buildConsentBundle(options: { nhsNumber: string; stored: StoredConsent | null; baseUrl: string; selfUrl: string }) {
  const { nhsNumber, stored } = options;
  // No decision recorded: the person takes part by default, and there is no
  // Consent resource to return (an empty searchset).
  const entries = stored?.decidedAt
    ? [
        {
          fullUrl: `${options.baseUrl}/fhir/Consent/${nhsNumber}`,
          resource: consentResource(nhsNumber, stored),
          search: { mode: "match" },
        },
      ]
    : [];
  return {
    resourceType: "Bundle",
    type: "searchset",
    timestamp: new Date().toISOString(),
    total: entries.length,
    link: [{ relation: "self", url: options.selfUrl }],
    entry: entries,
  };
}

function consentResource(nhsNumber: string, stored: StoredConsent) {
  const isOptedOut = stored.status === "OPTED_OUT";
  return {
    resourceType: "Consent",
    id: nhsNumber,
    extension: stored.channel ? [{ url: CHANNEL_EXTENSION, valueCode: stored.channel.toLowerCase().replace(/_/g, "-") }] : [],
    status: "active",
    scope: {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy", display: "Privacy Consent" }],
    },
    category: [
      { coding: [{ system: "http://loinc.org", code: "59284-0", display: "Patient Consent" }] },
      { coding: [isOptedOut ? OPT_OUT : OPT_IN] },
    ],
    patient: { identifier: { system: NHS_NUMBER_SYSTEM, value: nhsNumber } },
    dateTime: stored.decidedAt?.toISOString(),
    policy: [{ uri: POLICY_URI }],
    provision: {
      type: isOptedOut ? "deny" : "permit",
      purpose: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "TREAT", display: "treatment" }],
    },
  };
}

export function buildCapabilityStatement(baseUrl: string) {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-11-25",
    publisher: "North London Partners in health and care",
    kind: "instance",
    software: { name: "North London consent register" },
    implementation: { description: "Consent-check API for record services", url: `${baseUrl}/fhir` },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        security: {
          description: "Send a per-client API key as Authorization: Bearer <key>. Keys are issued by the register's staff.",
        },
        resource: [
          {
            type: "Consent",
            interaction: [{ code: "search-type" }],
            searchParam: [
              {
                name: "patient:identifier",
                type: "token",
                documentation: `The person's NHS number as ${NHS_NUMBER_SYSTEM}|<10 digits>. No Consent in the result means no decision is recorded: the person takes part.`,
              },
            ],
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
  413: "too-costly",
  415: "not-supported",
  422: "value",
  429: "throttled",
  503: "transient",
};

export function operationOutcome(status: number, detail: string, requestId: string) {
  return {
    resourceType: "OperationOutcome",
    id: requestId,
    issue: [{ severity: status >= 500 ? "fatal" : "error", code: ISSUE_CODES[status] ?? "exception", diagnostics: detail }],
  };
}
