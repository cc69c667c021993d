import type { OpenApiPart } from "../schemas";

// FHIR R4: /fhir/Consent search and /fhir/metadata.

export const fhirPart: OpenApiPart = {
  schemas: [],
  paths: {
    "/fhir/Consent": {
      get: {
        operationId: "searchFhirConsent",
        summary: "FHIR R4 search: the person's Consent (UK Core shape)",
        parameters: [{ name: "patient:identifier", in: "query", required: true, schema: { type: "string" }, description: "https://fhir.nhs.uk/Id/nhs-number|<NHS number>" }],
        responses: {
          "200": { description: "A searchset Bundle: one Consent when a decision is recorded, none otherwise.", content: { "application/fhir+json": { schema: { type: "object" } } } },
          "400": { description: "OperationOutcome: a missing or wrong identifier.", content: { "application/fhir+json": { schema: { type: "object" } } } },
          "401": { description: "OperationOutcome: no valid key." },
          "503": { description: "OperationOutcome: the register cannot be read; never a guessed answer." },
        },
      },
    },
    "/fhir/metadata": {
      get: {
        operationId: "fhirCapabilities",
        summary: "FHIR CapabilityStatement",
        security: [],
        responses: { "200": { description: "CapabilityStatement", content: { "application/fhir+json": { schema: { type: "object" } } } } },
      },
    },
  },
};
