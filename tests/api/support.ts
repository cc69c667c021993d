import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { inject } from "vitest";
import { createAccessLogger } from "@/lib/api/access-log";
import { createConsentApi, type ConsentApiOptions } from "@/lib/api/consent-api";
import { type ApiScope, createApiClient } from "@/lib/api/manage-api-clients";
import { createConsentApiServer } from "@/lib/api/node-server";
import { createRegisterStore } from "@/lib/api/register-store";

/** Captures the access log's JSON lines. */
export function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createAccessLogger({ destination: stream as never }) };
}

export type RunningApi = {
  url: string;
  log: Record<string, unknown>[];
  /** How many times the server looked an API key up in the database. */
  keyLookups: () => number;
  get: (path: string, key?: string, headers?: Record<string, string>) => Promise<Response>;
  post: (path: string, body: string, key?: string, headers?: Record<string, string>) => Promise<Response>;
  close: () => Promise<void>;
};

/** The dedicated server, on a free port, against the given database (the test database by default). */
export async function startApi(
  options: Partial<Omit<ConsentApiOptions, "store" | "logger">> & { connectionString?: string; trustedProxyHops?: number } = {},
): Promise<RunningApi> {
  const store = createRegisterStore({ connectionString: options.connectionString ?? inject("databaseUrl"), max: 4 });
  let lookups = 0;
  const findApiClient = store.findApiClient.bind(store);
  store.findApiClient = (prefix) => {
    lookups += 1;
    return findApiClient(prefix);
  };
  const { lines, logger } = captureLog();
  const handle = createConsentApi({
    ...options,
    store,
    logger,
    rateLimitPerSecond: options.rateLimitPerSecond ?? 100_000,
    clientCacheMs: options.clientCacheMs ?? 0,
  });
  const server = createConsentApiServer(handle, {}, { trustedProxyHops: options.trustedProxyHops ?? 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = (key?: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});
  return {
    url,
    log: lines,
    keyLookups: () => lookups,
    get: (path, key, headers = {}) => fetch(`${url}${path}`, { headers: { ...auth(key), ...headers } }),
    post: (path, body, key, headers = {}) =>
      fetch(`${url}${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...auth(key), ...headers } }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}

export async function newKey(scopes?: ApiScope[]): Promise<{ id: string; key: string }> {
  const client = await createApiClient({ name: `Test record service ${Math.random()}`, scopes, by: { kind: "SYSTEM", id: "test" } });
  return { id: client.id, key: client.key };
}
