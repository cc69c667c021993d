import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The project root and .env, without the database helpers in run-script.ts: the dedicated API server
// imports this, and run-script.ts's imports bring in the Prisma client, which that server never uses
// and which cost it about 30 MB of resident memory (docs/decisions/022, measured).

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Loads .env (when present) before anything reads the environment. */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
