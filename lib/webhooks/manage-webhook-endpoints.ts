import type { Actor } from "../audit/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { type AddressPolicy, checkEndpointResolves, parseEndpointUrl } from "./endpoint-address";
import { encryptSigningSecret, generateSigningSecret, secretPrefix } from "./signing-secret";

// Registering, disabling, rotating and deleting webhook endpoints, and retrying
// failed deliveries (docs/decisions/026). Admins only (the API clients page);
// every change is audited. A signing secret is made here and returned once.

export function addressPolicyFromEnv(): AddressPolicy {
  return { allowPrivateAddresses: getEnv().WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "on" };
}

export type CreatedWebhookEndpoint = { id: string; url: string; secret: string };

function notFound(what: string): AppError {
  return new AppError({ code: "NOT_FOUND", message: `No ${what}`, userMessage: `That ${what} no longer exists: reload the page` });
}

/** Registers an endpoint for an active client that may read the change feed; returns its secret once. */
export async function createWebhookEndpoint(options: { apiClientId: string; url: string; by: Actor; policy?: AddressPolicy }): Promise<CreatedWebhookEndpoint> {
  const policy = options.policy ?? addressPolicyFromEnv();
  const url = parseEndpointUrl(options.url, policy);
  await checkEndpointResolves(url, policy);
  const secret = generateSigningSecret();
  const id = await getDb().$transaction(async (tx) => {
    const client = await tx.apiClient.findUnique({ where: { id: options.apiClientId }, select: { revokedAt: true, scopes: true, name: true } });
    if (!client || client.revokedAt) {
      throw new AppError({ code: "VALIDATION_FAILED", message: "Webhook for a missing or revoked client", userMessage: "Choose an active API client", details: { fieldErrors: { apiClientId: ["Choose an active API client"] } } });
    }
    if (!client.scopes.includes("consent:changes")) {
      const message = `${client.name} may not read the change feed (consent:changes), so it cannot be sent changes either`;
      throw new AppError({ code: "VALIDATION_FAILED", message, userMessage: message, details: { fieldErrors: { apiClientId: [message] } } });
    }
    const created = await tx.webhookEndpoint.create({
      data: { apiClientId: options.apiClientId, url: url.href, secretEncrypted: encryptSigningSecret(secret), secretPrefix: secretPrefix(secret), createdBy: options.by.id ?? options.by.kind },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: options.by,
      action: "webhook-endpoint.create",
      entityType: "webhook_endpoint",
      entityId: created.id,
      details: { apiClientId: options.apiClientId, url: url.href, secretPrefix: secretPrefix(secret) },
    });
    return created.id;
  });
  return { id, url: url.href, secret };
}

/** Stops queuing and sending: changes made while disabled are not queued (the consumer catches up from the feed). */
export async function setWebhookEndpointEnabled(options: { id: string; isEnabled: boolean; by: Actor }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateMany({
      where: { id: options.id, disabledAt: options.isEnabled ? { not: null } : null },
      data: options.isEnabled ? { disabledAt: null, disabledBy: null } : { disabledAt: new Date(), disabledBy: options.by.id ?? options.by.kind },
    });
    if (updated.count === 0) throw notFound(options.isEnabled ? "disabled webhook endpoint" : "enabled webhook endpoint");
    await recordAuditEvent(tx, { actor: options.by, action: options.isEnabled ? "webhook-endpoint.enable" : "webhook-endpoint.disable", entityType: "webhook_endpoint", entityId: options.id });
  });
}

/** A new secret, returned once; every delivery from now on is signed with it alone. */
export async function rotateWebhookSecret(options: { id: string; by: Actor }): Promise<string> {
  const secret = generateSigningSecret();
  await getDb().$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateMany({
      where: { id: options.id },
      data: { secretEncrypted: encryptSigningSecret(secret), secretPrefix: secretPrefix(secret), secretRotatedAt: new Date() },
    });
    if (updated.count === 0) throw notFound("webhook endpoint");
    await recordAuditEvent(tx, { actor: options.by, action: "webhook-endpoint.rotate-secret", entityType: "webhook_endpoint", entityId: options.id, details: { secretPrefix: secretPrefix(secret) } });
  });
  return secret;
}

/** Deletes an endpoint and its delivery history. */
export async function deleteWebhookEndpoint(options: { id: string; by: Actor }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: options.id }, select: { url: true, apiClientId: true } });
    if (!endpoint) throw notFound("webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id: options.id } });
    await recordAuditEvent(tx, { actor: options.by, action: "webhook-endpoint.delete", entityType: "webhook_endpoint", entityId: options.id, details: endpoint });
  });
}

/**
 * Puts an endpoint's FAILED deliveries back in the queue, due now, with a
 * fresh count of attempts. A retried change may reach the consumer after a
 * later change for the same person did: consumers keep the highest seq per person.
 */
export async function retryFailedDeliveries(options: { endpointId: string; by: Actor }): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: options.endpointId }, select: { id: true } });
    if (!endpoint) throw notFound("webhook endpoint");
    const { count } = await tx.webhookDelivery.updateMany({
      where: { endpointId: options.endpointId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), finishedAt: null },
    });
    await recordAuditEvent(tx, { actor: options.by, action: "webhook-endpoint.retry-failed", entityType: "webhook_endpoint", entityId: options.endpointId, details: { deliveries: count } });
    return count;
  });
}
