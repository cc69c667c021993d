import { getDb } from "../../db";

/**
 * The import run that committed this SHA-256, if any: the database's word, so
 * a page never says "nothing was imported" when a commit did finish (its
 * result not yet recorded beside the upload, or recorded by another request).
 */
export async function findImportRunFor(sha256: string): Promise<{ id: string; committedAt: Date } | null> {
  return getDb().importRun.findUnique({ where: { sha256 }, select: { id: true, committedAt: true } });
}
