import path from "node:path";

import { expect } from "@playwright/test";

import { readCapturedMail, type CapturedMail } from "../../lib/email/mail-capture-server";

// Must match MAIL_CAPTURE_DIR in playwright.config.ts.
const E2E_MAIL_DIR = path.resolve(import.meta.dirname, "..", "..", ".data", "mail-e2e");

/** Waits until the site's capture server has received mail matching the predicate. */
export async function waitForCapturedMail(predicate: (mail: CapturedMail) => boolean): Promise<CapturedMail> {
  let match: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        match = (await readCapturedMail(E2E_MAIL_DIR)).find(predicate);
        return Boolean(match);
      },
      { timeout: 20_000, message: "the email arrives at the local capture server" },
    )
    .toBe(true);
  return match!;
}
