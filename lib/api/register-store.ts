import pg from "pg";
import { AppError } from "../errors";
import { createLastUseBatcher } from "./last-use-batcher";

// The consent-check API's reads: prepared statements on a plain pg pool, not
// Prisma, because they are the hot path (measured here: about 0.14 ms a query
// against about 0.5 ms through Prisma; docs/decisions/008-consent-api.md).
// Every failure becomes REGISTER_UNAVAILABLE: the API fails closed.

export type StoredConsent = {
  status: "PARTICIPATING" | "OPTED_OUT";
  decidedAt: Date | null;
  channel: string | null;
  /** The decision in force (a random UUID), where the query read it: FHIR's Consent id. */
  decisionId?: string | null;
};
export type StoredChange = StoredConsent & {
  seq: bigint;
  nhsNumber: string;
  changedAt: Date;
  /** Set when the change came from withdrawing the decision that was in force. */
  withdrawalReason: string | null;
  withdrawnAt: Date | null;
};
/**
 * Where the register stands: its epoch (a random id that changes when the database is
 * recreated or restored) and the number of the last change committed (docs/decisions/020).
 */
export type RegisterPosition = { epoch: string; lastSeq: bigint };
/**
 * A consistent read of every person whose state is not the default (participating): one REPEATABLE
 * READ, READ ONLY transaction on a connection of its own, so the position and every row agree
 * (docs/decisions/022). Rows come in keyset batches, so memory stays bounded whatever the size.
 * close() must be called (answerLines() calls it when it finishes or fails; call it yourself otherwise).
 */
export type ConsentSnapshot = {
  position: RegisterPosition;
  /** When the transaction's snapshot was taken (the database's clock). */
  takenAt: Date;
  /**
   * Each batch of people as NDJSON text, one ConsentAnswer a line (the shape of consent-api's toAnswer,
   * with its channel-to-source names passed in), written by PostgreSQL: a batch reaches Node as one
   * string rather than thousands of row objects and strings, which is what kept the server's heap
   * growing while it streamed (docs/decisions/022, measured).
   */
  answerLines(sourceByChannel: Readonly<Record<string, string>>): AsyncGenerator<{ text: string; count: number }>;
  close(): Promise<void>;
};
export type StoredApiClient = { id: string; name: string; keyHash: string; scopes: string[]; revokedAt: Date | null };

export type RegisterStore = {
  findConsent(nhsNumber: string): Promise<StoredConsent | null>;
  /** The person's state and the register position it reflects, read in one statement (one snapshot). */
  findConsentAsOf(nhsNumber: string): Promise<{ consent: StoredConsent | null; position: RegisterPosition }>;
  /** As findConsentAsOf, for many people at once. */
  findConsentsAsOf(nhsNumbers: string[]): Promise<{ consents: Map<string, StoredConsent>; position: RegisterPosition }>;
  /**
   * Where the register stands. atLeastSeq: the caller already holds a cursor this far on; a store
   * that reads from a replica asks the primary when the replica has not reached it (docs/decisions/027).
   */
  readPosition(atLeastSeq?: bigint): Promise<RegisterPosition>;
  /** The person whose decision in force has this id, or null (unknown, or replaced by a later decision). */
  findConsentByDecisionId(decisionId: string): Promise<{ nhsNumber: string; consent: StoredConsent } | null>;
  listChanges(after: bigint, limit: number): Promise<StoredChange[]>;
  /** Opens a snapshot of every non-default state (docs/decisions/022); batchSize rows per read. */
  openSnapshot(batchSize?: number): Promise<ConsentSnapshot>;
  findApiClient(prefix: string): Promise<StoredApiClient | null>;
  /** Queues the client's last use; written to this store's database in batches (last-use-batcher.ts). */
  touchApiClient(id: string, at: Date): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

const STATEMENT_TIMEOUT_MS = 2_000;
/**
 * People a snapshot reads at a time: about 60 kB of NDJSON, one string, kept under V8's 128 kB
 * large-object size (larger strings and buffers go to pages of their own that only a full collection
 * frees, and the heap grew with them: docs/decisions/022, measured).
 */
const SNAPSHOT_BATCH = 500;

/**
 * One batch of the snapshot as NDJSON, byte for byte what JSON.stringify(toAnswer(...)) gives
 * (tests/api/snapshot.test.ts compares them): to_json escapes the text values, timestamps are
 * written as toISOString writes them (UTC, milliseconds; the column holds milliseconds).
 * $1 the last NHS number of the previous batch, $2 the batch size, $3/$4 channel and source names.
 */
const SNAPSHOT_BATCH_SQL = `
  WITH batch AS (
    SELECT nhs_number, status, decided_at, channel FROM person_consent
     WHERE status <> 'PARTICIPATING' AND nhs_number > $1 ORDER BY nhs_number LIMIT $2
  )
  SELECT count(*)::int AS count, max(b.nhs_number) AS last,
         string_agg(
           '{"nhsNumber":' || to_json(b.nhs_number)::text
           || ',"status":' || CASE WHEN b.status = 'OPTED_OUT' THEN '"opted-out","shareable":false' ELSE '"participating","shareable":true' END
           || ',"decidedAt":' || COALESCE('"' || to_char(b.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')
           || ',"source":' || COALESCE(to_json(s.source)::text, 'null')
           || E'}\n', '' ORDER BY b.nhs_number) AS text
    FROM batch b LEFT JOIN unnest($3::text[], $4::text[]) AS s(channel, source) ON s.channel = b.channel::text`;

type PositionRow = { epoch: string; last_seq: string };
const POSITION_COLUMNS = "e.epoch::text AS epoch, k.last_seq::text AS last_seq";
const POSITION_FROM = "FROM consent_change_counter k JOIN register_epoch e ON e.id = 1 AND k.id = 1";

/** Fails closed: a register without its counter or epoch row cannot say where it stands. */
function requirePosition<R extends PositionRow>(row: R | undefined): R {
  if (!row) throw new AppError({ code: "REGISTER_UNAVAILABLE", message: "The register has no change counter or epoch row: are the migrations applied?" });
  return row;
}

function toPosition(row: PositionRow): RegisterPosition {
  return { epoch: row.epoch, lastSeq: BigInt(row.last_seq) };
}

export function createRegisterStore(options: { connectionString: string; max?: number; log?: (message: string) => void }): RegisterStore {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    // Fail fast when the database is away, so callers get 503 promptly.
    connectionTimeoutMillis: 2_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 500,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a restarting server must not crash the process.
  pool.on("error", (error) => options.log?.(`register pool: ${error.message}`));
  const lastUse = createLastUseBatcher({
    log: options.log,
    write: async (entries) => {
      await query({
        name: "api-client-touch-many",
        text: `UPDATE api_client a SET last_used_at = GREATEST(a.last_used_at, v.at)
                 FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at) WHERE a.id = v.id`,
        values: [entries.map((e) => e.id), entries.map((e) => e.at)],
      });
    },
  });

  async function query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    try {
      return await pool.query<R>(config);
    } catch (error) {
      throw new AppError({ code: "REGISTER_UNAVAILABLE", message: `Register query ${config.name ?? ""} failed`, cause: error });
    }
  }

  return {
    async findConsent(nhsNumber) {
      const result = await query<{ status: StoredConsent["status"]; decided_at: Date | null; channel: string | null; decision_id: string | null }>({
        name: "consent-one",
        text: "SELECT status, decided_at, channel, decision_id::text FROM person_consent WHERE nhs_number = $1",
        values: [nhsNumber],
      });
      const row = result.rows[0];
      return row ? { status: row.status, decidedAt: row.decided_at, channel: row.channel, decisionId: row.decision_id } : null;
    },
    async findConsentByDecisionId(decisionId) {
      // Two primary-key lookups: the decision, then its person's state, which must still point at it.
      const result = await query<{ nhs_number: string; status: StoredConsent["status"]; decided_at: Date | null; channel: string | null }>({
        name: "consent-by-decision",
        text: `SELECT pc.nhs_number, pc.status, pc.decided_at, pc.channel
                 FROM decision d JOIN person_consent pc ON pc.nhs_number = d.nhs_number AND pc.decision_id = d.id
                WHERE d.id = $1::uuid`,
        values: [decisionId],
      });
      const row = result.rows[0];
      return row ? { nhsNumber: row.nhs_number, consent: { status: row.status, decidedAt: row.decided_at, channel: row.channel, decisionId } } : null;
    },
    async findConsentAsOf(nhsNumber) {
      // The counter and the person's row are written in the same transaction by every writer, so
      // reading them in one statement gives the position this answer is exactly as of.
      const result = await query<PositionRow & { status: StoredConsent["status"] | null; decided_at: Date | null; channel: string | null; decision_id: string | null }>({
        name: "consent-one-as-of",
        text: `SELECT ${POSITION_COLUMNS}, pc.status, pc.decided_at, pc.channel, pc.decision_id::text
                 ${POSITION_FROM} LEFT JOIN person_consent pc ON pc.nhs_number = $1`,
        values: [nhsNumber],
      });
      const row = requirePosition(result.rows[0]);
      const consent = row.status ? { status: row.status, decidedAt: row.decided_at, channel: row.channel, decisionId: row.decision_id } : null;
      return { consent, position: toPosition(row) };
    },
    async findConsentsAsOf(nhsNumbers) {
      const result = await query<PositionRow & { nhs_number: string | null; status: StoredConsent["status"] | null; decided_at: Date | null; channel: string | null }>({
        name: "consent-many-as-of",
        text: `SELECT ${POSITION_COLUMNS}, pc.nhs_number, pc.status, pc.decided_at, pc.channel
                 ${POSITION_FROM} LEFT JOIN person_consent pc ON pc.nhs_number = ANY($1::varchar[])`,
        values: [nhsNumbers],
      });
      const position = toPosition(requirePosition(result.rows[0]));
      const consents = new Map<string, StoredConsent>();
      for (const row of result.rows) {
        if (row.nhs_number && row.status) consents.set(row.nhs_number, { status: row.status, decidedAt: row.decided_at, channel: row.channel });
      }
      return { consents, position };
    },
    async readPosition() {
      const result = await query<PositionRow>({ name: "register-position", text: `SELECT ${POSITION_COLUMNS} ${POSITION_FROM}` });
      return toPosition(requirePosition(result.rows[0]));
    },
    async listChanges(after, limit) {
      // Ordered by the bigint column itself: an output column named seq (a
      // text cast) would take precedence in ORDER BY and sort "10" before "9".
      const result = await query<{
        seq_text: string;
        nhs_number: string;
        status: StoredConsent["status"];
        decided_at: Date | null;
        channel: string | null;
        changed_at: Date;
        withdrawal_reason: string | null;
        withdrawn_at: Date | null;
      }>({
        name: "consent-changes",
        text: `SELECT c.seq::text AS seq_text, c.nhs_number, c.status, c.decided_at, c.channel, c.changed_at, c.withdrawal_reason, c.withdrawn_at
                 FROM consent_change c WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
        values: [after.toString(), limit],
      });
      return result.rows.map((row) => ({
        seq: BigInt(row.seq_text),
        nhsNumber: row.nhs_number,
        status: row.status,
        decidedAt: row.decided_at,
        channel: row.channel,
        changedAt: row.changed_at,
        withdrawalReason: row.withdrawal_reason,
        withdrawnAt: row.withdrawn_at,
      }));
    },
    async openSnapshot(batchSize = SNAPSHOT_BATCH) {
      const unavailable = (cause: unknown) => new AppError({ code: "REGISTER_UNAVAILABLE", message: "Register snapshot failed", cause });
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw unavailable(error);
      }
      let isClosed = false;
      const close = async (error?: unknown) => {
        if (isClosed) return;
        isClosed = true;
        // A failed or abandoned transaction is rolled back; a connection in an unknown state is dropped.
        try {
          await client.query("ROLLBACK");
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        if (error) throw unavailable(error);
      };
      let position: RegisterPosition;
      let takenAt: Date;
      try {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        // The first statement fixes the transaction's snapshot: this position and every row read
        // after it are the same instant of the register.
        const result = await client.query<PositionRow & { taken_at: Date }>(`SELECT ${POSITION_COLUMNS}, now() AS taken_at ${POSITION_FROM}`);
        const row = requirePosition(result.rows[0]);
        position = toPosition(row);
        takenAt = row.taken_at;
      } catch (error) {
        await close().catch(() => undefined);
        throw error instanceof AppError ? error : unavailable(error);
      }
      async function* answerLines(sourceByChannel: Readonly<Record<string, string>>) {
        const channels = Object.keys(sourceByChannel);
        const sources = channels.map((channel) => sourceByChannel[channel]!);
        let after = "";
        try {
          for (;;) {
            // Keyset pagination on the primary key: each read is short (within the statement
            // timeout) and the transaction keeps them all on one snapshot.
            const result = await client.query<{ count: number; last: string | null; text: string | null }>({
              name: "consent-snapshot-lines",
              text: SNAPSHOT_BATCH_SQL,
              values: [after, batchSize, channels, sources],
            });
            const { count, last, text } = result.rows[0]!;
            if (count === 0 || last === null || text === null) break;
            yield { text, count };
            if (count < batchSize) break;
            after = last;
          }
        } catch (error) {
          await close(error);
        } finally {
          await close();
        }
      }
      return { position, takenAt, answerLines, close: () => close() };
    },
    async findApiClient(prefix) {
      const result = await query<{ id: string; name: string; key_hash: string; scopes: string[]; revoked_at: Date | null }>({
        name: "api-client-by-prefix",
        text: "SELECT id::text, name, key_hash, scopes, revoked_at FROM api_client WHERE key_prefix = $1",
        values: [prefix],
      });
      const row = result.rows[0];
      return row ? { id: row.id, name: row.name, keyHash: row.key_hash, scopes: row.scopes, revokedAt: row.revoked_at } : null;
    },
    async touchApiClient(id, at) {
      lastUse.touch(id, at);
    },
    async ping() {
      await query({ name: "ping", text: "SELECT 1 FROM person_consent LIMIT 1" });
    },
    async close() {
      await lastUse.close();
      await pool.end();
    },
  };
}
