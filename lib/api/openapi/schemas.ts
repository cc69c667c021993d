import { z } from "zod";
import { problemSchema } from "../../validation/consent-api";

// Shared pieces of the OpenAPI document: component schemas generated from the
// zod schemas that validate requests (so the document cannot drift from what
// the API accepts), references to them, and the answers every operation can
// give. Each operation's own document lives in paths/*.ts and names the zod
// schemas it needs; index.ts assembles them.

/** A zod schema carrying `.meta({ id })`: it becomes #/components/schemas/<id>. */
export type NamedSchema = z.ZodType;

/** Schemas every operation may use. */
export const SHARED_SCHEMAS: readonly NamedSchema[] = [problemSchema];

/**
 * JSON Schema for each named zod schema, keyed by its id. A named schema nested in a listed one
 * becomes a $ref to its own component, so it must be listed too: one left out would be emitted as a
 * reference to nowhere ("__shared#/$defs/…"), which is refused here rather than published.
 */
export function componentSchemas(list: readonly NamedSchema[]): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const schema of new Set(list)) {
    const id = schema.meta()?.id;
    if (typeof id !== "string") throw new Error("Every schema in the OpenAPI document needs .meta({ id })");
    registry.add(schema, { id });
  }
  const output = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: "output", unrepresentable: "any" });
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(output.schemas)) {
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$schema;
    delete rest.$id;
    schemas[id] = rest;
  }
  const dangling = [...JSON.stringify(schemas).matchAll(/"\$ref":"([^"]+)"/g)]
    .map((match) => match[1]!)
    .filter((target) => !(target.startsWith("#/components/schemas/") && target.slice("#/components/schemas/".length) in schemas));
  if (dangling.length) throw new Error(`The OpenAPI schemas refer to schemas not in the document (add them to a part's schemas): ${[...new Set(dangling)].join(", ")}`);
  return schemas;
}

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const header = (id: string) => ({ $ref: `#/components/headers/${id}` });

/** Response headers the API sends, by name in components.headers. */
export const HEADERS = {
  "X-Request-Id": { description: "This call's id, also in every error body and in our logs: quote it when you contact us.", schema: { type: "string" } },
  "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "string", pattern: "^[0-9]+$" } },
  "WWW-Authenticate": { description: 'Bearer realm="consent-register"', schema: { type: "string" } },
  Allow: { description: "The methods this address accepts.", schema: { type: "string" } },
  "Cache-Control": {
    description:
      "no-store: an answer may not be kept by any cache, the caller's own included. Ask again each time: an opt-out takes effect at the next question, and asOf says which register position the answer reflects (docs/decisions/020).",
    schema: { type: "string", enum: ["no-store"] },
  },
  ETag: {
    description: "A strong validator for this feed page. Send it back as If-None-Match with the same since and limit: 304 when the page would be the same.",
    schema: { type: "string" },
  },
};

const PROBLEM_JSON = "application/problem+json";
export const FHIR_JSON = "application/fhir+json";

/** An error answer with a body: a Problem, or a FHIR OperationOutcome on /fhir. */
export function errorAnswer(description: string, options: { fhir?: boolean; headers?: (keyof typeof HEADERS)[] } = {}) {
  const headers: Record<string, unknown> = { "X-Request-Id": header("X-Request-Id") };
  for (const name of options.headers ?? []) headers[name] = header(name);
  const content = options.fhir ? { [FHIR_JSON]: { schema: ref("FhirOperationOutcome") } } : { [PROBLEM_JSON]: { schema: ref("Problem") } };
  return { description, headers, content };
}

export const problem = (description: string) => errorAnswer(description);

/** The answers any authenticated operation can give, as a Problem or (fhir) an OperationOutcome. */
export function commonErrors(options: { fhir?: boolean } = {}) {
  return {
    "401": errorAnswer("No API key, an unknown key or a revoked key.", { ...options, headers: ["WWW-Authenticate"] }),
    "403": errorAnswer("The key lacks the scope this call needs.", options),
    "429": errorAnswer("Too many requests from this client, or too many unaccepted keys from this address; see Retry-After.", { ...options, headers: ["Retry-After"] }),
    "503": errorAnswer("The register cannot be read. Do not share; retry after Retry-After seconds. Never a guessed answer.", { ...options, headers: ["Retry-After"] }),
  };
}

export const COMMON_ERRORS = commonErrors();

/** A success answer: JSON (or FHIR JSON) with the request id, and any other headers named. */
export function okAnswer(description: string, schema: unknown, contentType = "application/json", headers: (keyof typeof HEADERS)[] = []) {
  const named: Record<string, unknown> = { "X-Request-Id": header("X-Request-Id") };
  for (const name of headers) named[name] = header(name);
  return { description, headers: named, content: { [contentType]: { schema } } };
}

/** An answer without a body, with the headers named. */
export function emptyAnswer(description: string, headers: (keyof typeof HEADERS)[]) {
  const named: Record<string, unknown> = { "X-Request-Id": header("X-Request-Id") };
  for (const name of headers) named[name] = header(name);
  return { description, headers: named };
}

/**
 * The method a path does not take, as an operation whose only answer is 405 with Allow, so clients
 * and contract tools see what the server really answers (PUT, PATCH, DELETE and OPTIONS get the same).
 */
export function notAllowed(operationId: string, allow: string, options: { fhir?: boolean } = {}) {
  return {
    operationId,
    summary: `Not allowed here: use ${allow}`,
    description: `Answered 405 with Allow: ${allow}, before any key is checked. PUT, PATCH, DELETE and OPTIONS are answered the same.`,
    security: [],
    responses: { "405": errorAnswer(`This address takes ${allow} only.`, { ...options, headers: ["Allow"] }) },
  };
}

/** HEAD of a GET operation: the same status and headers, no body. */
export function headOf(get: { operationId: string; summary: string; parameters?: unknown[]; security?: unknown[]; responses: Record<string, { description: string; headers?: unknown }> }) {
  return {
    operationId: `${get.operationId}Head`,
    summary: `${get.summary} (headers only)`,
    description: "The same status and headers as GET, without a body.",
    ...(get.parameters ? { parameters: get.parameters } : {}),
    ...(get.security ? { security: get.security } : {}),
    responses: Object.fromEntries(Object.entries(get.responses).map(([status, answer]) => [status, { description: answer.description, ...(answer.headers ? { headers: answer.headers } : {}) }])),
  };
}

/** One operation group's part of the document. */
export type OpenApiPart = {
  /** Path items, keyed by path. */
  paths: Record<string, unknown>;
  /** Named zod schemas its paths refer to, nested ones included (shared ones need not be repeated). */
  schemas: readonly NamedSchema[];
};
