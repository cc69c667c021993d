import { getReplicaHealth, type ReplicaHealth } from "../api/api-register-store";
import { getSiteConsentApi } from "../api/site-api";
import { getCanaryHealth, type CanaryHealth } from "../canary/canary-health";
import { getDb, type Db } from "../db";
import { getEnv } from "../env";

export type HealthReport = {
  status: "ok" | "unavailable";
  database: {
    /** down: cannot be reached; not-migrated: reachable but without the register's schema. */
    status: "up" | "down" | "not-migrated";
    latencyMs: number;
    migrationsApplied?: number;
  };
  /**
   * The canary check's last result in this process (lib/canary), when it runs
   * here. A detail for monitoring, not part of `status`: a wrong answer from
   * one mount is an alert for people, and taking every instance out of the
   * load balancer would not fix it (docs/OPERATIONS.md, Canaries).
   */
  canary?: CanaryHealth;
  /**
   * With DATABASE_READ_URL: where this instance's consent check reads now and how far behind the
   * replica is (docs/decisions/027). A detail, not part of `status`: reading from the primary still serves.
   */
  replica?: ReplicaHealth;
  checkedAt: string;
};

/** The replica detail, starting this instance's API mount (and its lag checks) if nothing has yet. */
function replicaDetail(): { replica?: ReplicaHealth } {
  try {
    if (getEnv().DATABASE_READ_URL && !getReplicaHealth()) getSiteConsentApi();
    const replica = getReplicaHealth();
    return replica ? { replica } : {};
  } catch {
    return {};
  }
}

const DATABASE_TIMEOUT_MS = 2_000;

/** Asks the database the questions it must answer to serve anyone, within a time limit. */
export async function checkHealth(options: { db?: Db; log?: (message: string) => void } = {}): Promise<HealthReport> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  const log = options.log ?? ((message: string) => console.error(message));
  let db: Db;
  try {
    db = options.db ?? getDb();
    await withTimeout(db.$queryRaw`SELECT 1`, DATABASE_TIMEOUT_MS);
  } catch (error) {
    log(`health: database unreachable: ${describe(error)}`);
    return { status: "unavailable", database: { status: "down", latencyMs: elapsed(started) }, checkedAt };
  }
  try {
    const rows = await withTimeout(
      db.$queryRaw<{ applied: bigint; has_register: boolean }[]>`
        SELECT (SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied,
               to_regclass('person_consent') IS NOT NULL AS has_register`,
      DATABASE_TIMEOUT_MS,
    );
    const row = rows[0];
    if (!row?.has_register) throw new Error("the person_consent table is missing");
    const canary = getCanaryHealth();
    return {
      status: "ok",
      database: { status: "up", latencyMs: elapsed(started), migrationsApplied: Number(row.applied) },
      ...(canary ? { canary } : {}),
      ...replicaDetail(),
      checkedAt,
    };
  } catch (error) {
    log(`health: database reachable but not migrated: ${describe(error)}`);
    return { status: "unavailable", database: { status: "not-migrated", latencyMs: elapsed(started) }, checkedAt };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split("\n").filter(Boolean).slice(-1)[0] ?? error.name : String(error);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
