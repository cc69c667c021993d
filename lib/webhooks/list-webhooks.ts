import { getDb } from "../db";

// What admins see of webhooks (docs/decisions/026): endpoints with their backlog, and an
// endpoint's recent deliveries. Deliveries are shown by change number, not NHS number:
// the admin view needs to know what failed and why, not who it was about.

export type WebhookEndpointSummary = {
  id: string;
  clientName: string;
  clientRevoked: boolean;
  url: string;
  secretPrefix: string;
  createdAt: Date;
  disabledAt: Date | null;
  pending: number;
  failed: number;
  lastDeliveredAt: Date | null;
};

export async function listWebhookEndpoints(): Promise<WebhookEndpointSummary[]> {
  const rows = await getDb().$queryRaw<{
    id: string; client_name: string; client_revoked: boolean; url: string; secret_prefix: string; created_at: Date; disabled_at: Date | null;
    pending: bigint; failed: bigint; last_delivered_at: Date | null;
  }[]>`
    SELECT e.id::text AS id, a.name AS client_name, a.revoked_at IS NOT NULL AS client_revoked, e.url, e.secret_prefix, e.created_at, e.disabled_at,
           count(d.id) FILTER (WHERE d.status = 'PENDING') AS pending,
           count(d.id) FILTER (WHERE d.status = 'FAILED') AS failed,
           max(d.finished_at) FILTER (WHERE d.status = 'DELIVERED') AS last_delivered_at
      FROM webhook_endpoint e
      JOIN api_client a ON a.id = e.api_client_id
      LEFT JOIN webhook_delivery d ON d.endpoint_id = e.id AND d.status IN ('PENDING', 'FAILED', 'DELIVERED')
     GROUP BY e.id, a.name, a.revoked_at
     ORDER BY e.disabled_at NULLS FIRST, e.created_at DESC`;
  return rows.map((row) => ({
    id: row.id,
    clientName: row.client_name,
    clientRevoked: row.client_revoked,
    url: row.url,
    secretPrefix: row.secret_prefix,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    pending: Number(row.pending),
    failed: Number(row.failed),
    lastDeliveredAt: row.last_delivered_at,
  }));
}

/** The active clients allowed to read the change feed: the ones an endpoint may be registered for. */
export async function listClientsForWebhooks(): Promise<{ id: string; name: string }[]> {
  return getDb().apiClient.findMany({
    where: { revokedAt: null, scopes: { has: "consent:changes" } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export type WebhookDeliveryRow = {
  id: string;
  seq: bigint;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  finishedAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
};

/** An endpoint and its most recent deliveries: failed and pending first, then the latest. */
export async function findWebhookEndpointDeliveries(id: string, limit = 100) {
  const db = getDb();
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, secretPrefix: true, disabledAt: true, createdAt: true, apiClient: { select: { name: true } } },
  });
  if (!endpoint) return null;
  const select = { id: true, seq: true, status: true, attempts: true, createdAt: true, lastAttemptAt: true, nextAttemptAt: true, finishedAt: true, lastStatusCode: true, lastError: true } as const;
  const [unfinished, recent, counts] = await Promise.all([
    db.webhookDelivery.findMany({ where: { endpointId: id, status: { in: ["FAILED", "PENDING"] } }, select, orderBy: [{ status: "asc" }, { seq: "asc" }], take: limit }),
    db.webhookDelivery.findMany({ where: { endpointId: id, status: "DELIVERED" }, select, orderBy: { seq: "desc" }, take: limit }),
    db.webhookDelivery.groupBy({ by: ["status"], where: { endpointId: id }, _count: { _all: true } }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    endpoint,
    unfinished: unfinished as WebhookDeliveryRow[],
    recent: recent as WebhookDeliveryRow[],
    totals: { pending: count("PENDING"), failed: count("FAILED"), delivered: count("DELIVERED") },
  };
}
