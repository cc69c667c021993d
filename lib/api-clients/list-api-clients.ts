import { getDb } from "../db";

export type ApiClientSummary = {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

/** Every API client, active first, for the admins' page. Keys are never stored, so never shown. */
export async function listApiClients(): Promise<ApiClientSummary[]> {
  return getDb().apiClient.findMany({
    select: { id: true, name: true, keyPrefix: true, scopes: true, createdAt: true, revokedAt: true, lastUsedAt: true },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}
