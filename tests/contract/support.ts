import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { inject } from "vitest";
import { createConsentApi } from "@/lib/api/consent-api";
import { createConsentApiServer } from "@/lib/api/node-server";
import { createRegisterStore } from "@/lib/api/register-store";
import { captureLog } from "../api/support";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
/** The public base URL the document under test names (SITE_URL in production). */
export const BASE_URL = "https://consent.example.nhs.uk";

/**
 * Which API instance answers: the normal one, one whose clients may make one call a second (for a
 * real 429), or one whose register is unreachable (for a real 503). All three are the production
 * handler; only their configuration differs, so every status in the replay is one the server gives.
 */
export const TARGET_HEADER = "x-contract-target";

export type ContractApi = { url: string; close: () => Promise<void> };

export async function startContractApi(): Promise<ContractApi> {
  const store = createRegisterStore({ connectionString: inject("databaseUrl"), max: 4 });
  const unreachable = createRegisterStore({ connectionString: "postgresql://nobody@127.0.0.1:9/none", max: 1 });
  const common = { logger: captureLog().logger, baseUrl: BASE_URL, clientCacheMs: 0 };
  const normal = createConsentApi({ ...common, store, rateLimitPerSecond: 100_000 });
  const limited = createConsentApi({ ...common, store, rateLimitPerSecond: 1 });
  const down = createConsentApi({ ...common, store: unreachable, rateLimitPerSecond: 100_000 });
  const server = createConsentApiServer(
    (request) => {
      const target = request.header(TARGET_HEADER);
      return (target === "limited" ? limited : target === "down" ? down : normal)(request);
    },
    {},
    { trustedProxyHops: 0 },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([store.close(), unreachable.close()]);
    },
  };
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type RunningPrism = { url: string; output: () => string; stop: () => Promise<void> };

/** Stoplight Prism in proxy mode, validating every answer against the document, as a real process. */
export async function startPrism(documentPath: string, upstream: string): Promise<RunningPrism> {
  const port = await freePort();
  const cli = path.join(PROJECT_ROOT, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
  const child: ChildProcess = spawn(process.execPath, [cli, "proxy", documentPath, upstream, "--errors", "--validate-request=false", "--port", String(port), "--host", "127.0.0.1", "--cors=false"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${child.exitCode}):\n${output}`);
    if (/Prism is listening/.test(output)) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`Prism did not start within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
