import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { uniqueNhsNumber } from "../support/factories";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * A migrated database of the test file's own on the test server, for tests
 * that tamper with history: the shared test database must stay intact.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; connect: () => Promise<pg.Client> }> {
  const name = `${inject("databaseName")}_${label}`.slice(0, 63);
  const url = withDatabaseName(inject("databaseUrl"), name);
  await dropDatabase(url);
  await ensureDatabaseExists(url);
  await applyMigrations(url, defaultMigrationPaths(PROJECT_ROOT));
  const clients: pg.Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    await dropDatabase(url);
  });
  return {
    url,
    connect: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      clients.push(client);
      return client;
    },
  };
}

export type RawAuditEvent = {
  actorKind?: string;
  actorId?: string | null;
  action?: string;
  entityType?: string;
  entityId?: string;
  nhsNumber?: string | null;
  details?: unknown;
  requestId?: string | null;
  at?: Date;
};

/** Inserts an audit event with plain SQL (its own transaction); returns its id. */
export async function insertAuditEvent(client: pg.ClientBase, event: RawAuditEvent = {}): Promise<string> {
  const nhsNumber = event.nhsNumber === undefined ? uniqueNhsNumber() : event.nhsNumber;
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO audit_event (at, actor_kind, actor_id, action, entity_type, entity_id, nhs_number, details, request_id)
     VALUES (coalesce($1::timestamptz, now()), $2::"ActorKind", $3, $4, $5, $6, $7, $8::jsonb, $9)
     RETURNING id::text AS id`,
    [
      event.at ?? null,
      event.actorKind ?? "STAFF",
      event.actorId === undefined ? "staff-1" : event.actorId,
      event.action ?? "person.view",
      event.entityType ?? "person",
      event.entityId ?? nhsNumber ?? "unknown",
      nhsNumber,
      event.details === undefined ? null : JSON.stringify(event.details),
      event.requestId === undefined ? null : event.requestId,
    ],
  );
  return rows[0]!.id;
}
