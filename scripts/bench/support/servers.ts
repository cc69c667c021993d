// Starting and stopping the servers bench:site measures: the production build
// of the site (scripts/serve-site.ts, as npm start runs it)
// and the dedicated consent-check API server (scripts/start-api.ts), with
// their output in a log file.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { PROJECT_ROOT } from "../../support/run-script";
import { stopperFor } from "../../support/stop-child";

const BIN = path.join(PROJECT_ROOT, "node_modules", ".bin");

export type RunningServer = { name: string; child: ChildProcess; stop: () => Promise<void> };

function start(name: string, command: string, args: string[], env: Record<string, string>, logFd: number): RunningServer {
  // Server output goes straight to the log file: the bench's own process spends no time on it.
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", logFd, logFd] });
  return { name, child, stop: stopperFor(child, 10_000) };
}

/** The built site as `npm start` serves it (scripts/serve-site.ts) on the given port. */
export function startSite(port: number, env: Record<string, string>, logFd: number): RunningServer {
  return start("site", process.execPath, [path.join(BIN, "tsx"), "scripts/serve-site.ts", "--port", String(port)], env, logFd);
}

/** The dedicated consent-check server, as `npm run start:api` runs it. */
export function startApi(port: number, env: Record<string, string>, logFd: number): RunningServer {
  return start("api", process.execPath, [path.join(BIN, "tsx"), "scripts/start-api.ts", "--port", String(port)], env, logFd);
}

/** Waits until the address answers below 500 (the server is up and can reach its database). */
export async function waitUntilServing(url: string, server: RunningServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} stopped before it answered ${url}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs a command to completion with its output on this terminal's stderr. */
export function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`))));
  });
}
