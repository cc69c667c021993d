import { z } from "zod";
import { problemSchema } from "../../validation/consent-api";

// Shared pieces of the OpenAPI document: component schemas generated from the
// zod schemas that validate requests (so the document cannot drift from what
// the API accepts), references to them, and the error answers every
// authenticated operation can give. Each operation's own document lives in
// paths/*.ts and names the zod schemas it needs; index.ts assembles them.

/** A zod schema carrying `.meta({ id })`: it becomes #/components/schemas/<id>. */
export type NamedSchema = z.ZodType;

/** Schemas every operation may use. */
export const SHARED_SCHEMAS: readonly NamedSchema[] = [problemSchema];

/** JSON Schema for each named zod schema, keyed by its id. Nested named schemas become $refs, so every one must be listed. */
export function componentSchemas(list: readonly NamedSchema[]): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const schema of list) registry.add(schema, { id: String(schema.meta()?.id) });
  const output = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: "output", unrepresentable: "any" });
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(output.schemas)) {
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$schema;
    delete rest.$id;
    schemas[id] = rest;
  }
  return schemas;
}

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

export const COMMON_ERRORS = {
  "401": problem("No API key, an unknown key or a revoked key."),
  "403": problem("The key lacks the scope this call needs."),
  "429": problem("Too many requests from this client; see Retry-After."),
  "503": problem("The register cannot be read. Do not share; retry after Retry-After seconds. Never a guessed answer."),
};

/** One operation group's part of the document. */
export type OpenApiPart = {
  /** Path items, keyed by path. */
  paths: Record<string, unknown>;
  /** Named zod schemas its paths refer to (shared ones need not be repeated). */
  schemas: readonly NamedSchema[];
};
