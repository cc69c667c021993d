import { getDb, Prisma, type TransactionClient } from "../db";

// Writers to the register queue on per-person locks (see
// refresh-person-consent.ts); give them room to wait rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
const MAX_ATTEMPTS = 4;

/**
 * Runs register writes in one transaction. A deadlock or serialisation failure
 * rolls the whole transaction back, so it is safe to run it again; the lock
 * order makes them unexpected, and this makes them harmless.
 */
export async function inRegisterTransaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getDb().$transaction(work, TRANSACTION_OPTIONS);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : "";
  return /40P01|40001|deadlock detected|could not serialize/.test(text);
}
