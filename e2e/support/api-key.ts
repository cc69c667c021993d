import { execFileSync } from "node:child_process";
import path from "node:path";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** A real API key for the browser tests' database, made as staff would with the command line. */
export function createApiKey(name: string): string {
  const output = execFileSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/create-api-client.ts", "--name", name], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMBEDDED_PG_DATABASE: "consent_register_e2e", DATABASE_URL: "" },
    encoding: "utf8",
  });
  const key = output.split("\n").find((line) => line.startsWith("nlr_"));
  if (!key) throw new Error(`No key in: ${output}`);
  return key;
}
