import { isLocalDemo } from "../auth/auth-settings";
import { createApiClient, revokeApiClient } from "../api/manage-api-clients";
import type { CanaryConfig } from "./canary-config";

// The canary checker asks the API as a record service would, with a key.
// Production: CANARY_API_KEY, a client issued to the checker like any other
// (both scopes). Local demo only: without one, it creates a client for itself.

export type CanaryKey = { key: string; release: () => Promise<void> };

const CANARY_ACTOR = { kind: "SYSTEM", id: "canary-checker" } as const;

export async function obtainCanaryKey(config: Pick<CanaryConfig, "apiKey">): Promise<CanaryKey | null> {
  if (config.apiKey) return { key: config.apiKey, release: async () => undefined };
  if (!isLocalDemo()) return null;
  const client = await createApiClient({ name: "Canary checker (local demo)", by: CANARY_ACTOR });
  return { key: client.key, release: () => revokeApiClient({ id: client.id, by: CANARY_ACTOR }) };
}
