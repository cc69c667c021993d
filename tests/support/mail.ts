import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "vitest";

import { readCapturedMail, startMailCaptureServer, type CapturedMail, type MailCaptureServer } from "@/lib/email/mail-capture-server";

/** A real SMTP server for one test file, capturing into its own temporary folder. */
export async function startTestMailServer(options: { port?: number; dir?: string } = {}): Promise<MailCaptureServer> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "mail-test-"));
  return startMailCaptureServer({ dir, port: options.port ?? 0 });
}

/** Waits (polling, no fixed sleep) until mail matching the predicate has been captured. */
export async function waitForMail(dir: string, predicate: (mail: CapturedMail) => boolean, timeoutMs = 15_000): Promise<CapturedMail[]> {
  let found: CapturedMail[] = [];
  await expect
    .poll(
      async () => {
        found = (await readCapturedMail(dir)).filter(predicate);
        return found.length;
      },
      { timeout: timeoutMs, interval: 50 },
    )
    .toBeGreaterThan(0);
  return found;
}

/** A unique email address for one test. */
export function uniqueAddress(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}
