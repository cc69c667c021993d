import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { expect, test } from "./support/fixtures";

// Issue 18, point 3: npm run canary against the running site and its
// dedicated API server (scripts/start.ts starts both: site 3100, API 3101),
// on the browser tests' fresh database; and the same check run by the site
// on its own schedule, reported in /api/health.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);

function canary(env: Record<string, string> = {}) {
  // Not this worker's DATABASE_URL: other specs in the same worker set it to reach the e2e database,
  // and with it the checker would take the database for a deployment's and refuse to make itself a key.
  // It finds the same database on the embedded server by name, as `npm run canary` does locally.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  return run(process.execPath, [path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), "scripts/canary.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, EMBEDDED_PG_DATABASE: "consent_register_e2e", PORT: "3100", API_PORT: "3101", LOG_LEVEL: "info", ...env },
    timeout: 60_000,
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

test.describe.configure({ mode: "serial" });

test("npm run canary passes: every mount answers every canary correctly", async () => {
  const result = await canary();
  expect(result.stderr).toContain("Every canary answered correctly.");
  expect(result.stderr).toMatch(/site \(http:\/\/127\.0\.0\.1:3100\) and dedicated-api \(http:\/\/127\.0\.0\.1:3101\): 40 answers checked/);
  expect(result.code).toBe(0);
});

test("npm run canary fails loudly when a mount is pointed at the wrong port", async () => {
  const result = await canary({ CANARY_API_URL: "http://127.0.0.1:9" });
  expect(result.code).toBe(1);
  const alert = result.stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { level: number; service: string; msg: string }).find((line) => line.level === 50);
  expect(alert).toMatchObject({ service: "canary" });
  expect(alert!.msg).toMatch(/^CANARY CHECK FAILED: 14 wrong or missing answer\(s\) from dedicated-api/);
  expect(result.stderr).toContain("FAILED dedicated-api single 9999999905 (opted out online): unreachable");
});

test("the running site checks the canaries itself and reports it in /api/health", async ({ request }) => {
  // The first scheduled pass runs 30 s after the site starts.
  await expect
    .poll(async () => ((await (await request.get("/api/health")).json()) as { canary?: { status: string } }).canary?.status, { timeout: 90_000, intervals: [2_000] })
    .toBe("passing");
  const body = (await (await request.get("/api/health")).json()) as { status: string; canary: { failures: number; failing: string[] } };
  expect(body.status).toBe("ok");
  expect(body.canary).toMatchObject({ failures: 0, failing: [] });
});
