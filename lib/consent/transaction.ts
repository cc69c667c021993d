import { getDb, type TransactionClient } from "../db";

// Writers to the register queue on per-person locks (see
// refresh-person-consent.ts); give them room to wait rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export function inRegisterTransaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  return getDb().$transaction(work, TRANSACTION_OPTIONS);
}
