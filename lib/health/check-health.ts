import { getDb, type Db } from "../db";

export type HealthReport = {
  status: "ok" | "unavailable";
  database: { status: "up" | "down"; latencyMs: number; migrationsApplied?: number };
  checkedAt: string;
};

const DATABASE_TIMEOUT_MS = 2_000;

/** Asks the database a question it must answer to serve anyone, within a time limit. */
export async function checkHealth(options: { db?: Db } = {}): Promise<HealthReport> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  try {
    const db = options.db ?? getDb();
    const rows = await withTimeout(
      db.$queryRaw<{ applied: bigint }[]>`
        SELECT count(*) AS applied FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      DATABASE_TIMEOUT_MS,
    );
    return {
      status: "ok",
      database: { status: "up", latencyMs: elapsed(started), migrationsApplied: Number(rows[0]?.applied ?? 0) },
      checkedAt,
    };
  } catch {
    return { status: "unavailable", database: { status: "down", latencyMs: elapsed(started) }, checkedAt };
  }
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
