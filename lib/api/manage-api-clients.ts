import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import { AppError } from "../errors";
import { hasNoHiddenCharacters } from "../validation/decision";
import { generateApiKey } from "./api-keys";

export const API_SCOPES = ["consent:read", "consent:changes"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export type CreatedApiClient = { id: string; name: string; scopes: ApiScope[]; key: string };

/** Creates a client for a record service. The key is returned once and never stored. */
export async function createApiClient(options: { name: string; scopes?: ApiScope[]; by: Actor }): Promise<CreatedApiClient> {
  const name = options.name.trim();
  if (!name || name.length > 200) {
    throw new AppError({ code: "VALIDATION_FAILED", message: "API client name must be 1 to 200 characters", userMessage: "Enter a name for the record service, up to 200 characters" });
  }
  if (!hasNoHiddenCharacters(name)) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "API client name has control or broken characters",
      userMessage: "The name must only use letters, numbers, spaces and punctuation",
    });
  }
  const scopes = [...new Set(options.scopes ?? API_SCOPES)];
  for (const scope of scopes) {
    if (!API_SCOPES.includes(scope)) throw new AppError({ code: "VALIDATION_FAILED", message: `Unknown scope ${scope}` });
  }
  const { key, prefix, hash } = generateApiKey();
  const client = await getDb().$transaction(async (tx) => {
    const created = await tx.apiClient.create({
      data: { name, scopes, keyPrefix: prefix, keyHash: hash, createdBy: options.by.id ?? options.by.kind },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: options.by,
      action: "api-client.create",
      entityType: "api_client",
      entityId: created.id,
      details: { name, scopes, keyPrefix: prefix },
    });
    return created;
  });
  return { id: client.id, name, scopes, key };
}

/** Revokes a client: its key stops working within a second on every server. */
export async function revokeApiClient(options: { id: string; by: Actor }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const updated = await tx.apiClient.updateMany({
      where: { id: options.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedBy: options.by.id ?? options.by.kind },
    });
    if (updated.count === 0) throw new AppError({ code: "NOT_FOUND", message: `No active API client ${options.id}` });
    await recordAuditEvent(tx, { actor: options.by, action: "api-client.revoke", entityType: "api_client", entityId: options.id });
  });
}
