import { randomInt } from "node:crypto";
import path from "node:path";

import { createOTP } from "@better-auth/utils/otp";
import { expect, type Page } from "@playwright/test";

import { openDatabase } from "../../lib/database/open-database";
import { setEnvVariable } from "../../lib/env";
import type { StaffRole } from "../../lib/staff/roles";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

export type FreshStaff = { role: StaffRole; email: string; name: string; password: string; totpSecret: string };

/**
 * A member of staff of their own for one test, signed in with password and authenticator like the
 * demo accounts: a test that makes its sessions idle, or leaves a kept form for its account, then
 * touches nobody else's (the demo accounts are shared by every spec running at once).
 */
export async function createFreshStaff(role: StaffRole): Promise<FreshStaff> {
  const unique = `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
  const account: FreshStaff = {
    role,
    email: `e2e-${role}-${unique}@example.org`,
    name: `Fresh ${role} ${unique}`,
    password: `fresh-password-${unique}`,
    totpSecret: `fresh-totp-secret-${unique}-0123456789`,
  };
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_e2e" });
  try {
    setEnvVariable("DATABASE_URL", database.url);
    // The browser tests' embedded database is the local demo, whose development auth secret the site under test uses too.
    setEnvVariable("LOCAL_DEMO", "on");
    const { createStaffMember } = await import("../../lib/staff/manage-staff");
    // Made by the system, as the demo accounts are: enrolled, and approved (a supervisor needs a second admin otherwise).
    await createStaffMember({ ...account, by: { kind: "SYSTEM", id: "e2e" } });
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
  } finally {
    await database.close();
  }
  return account;
}

/**
 * Password and code from the sign-in page already open, arriving at a page with this heading. A code
 * signs in once: when this step's code was used by the account's previous sign-in, the next step's is
 * tried, then the clock is waited for.
 */
export async function signInFreshStaff(page: Page, account: FreshStaff, heading: string | RegExp): Promise<void> {
  await page.getByLabel("Work email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();
  const otp = createOTP(account.totpSecret, { digits: 6, period: 30 });
  const arrived = page.getByRole("heading", { level: 1, name: heading });
  const used = page.getByText("This code has been used already");
  for (let attempt = 0; attempt < 4; attempt++) {
    const step = Math.floor(Date.now() / 30_000);
    await page.getByLabel("Code", { exact: true }).fill(await otp.hotp(step + (attempt % 2)));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(arrived.or(used.first())).toBeVisible();
    if (await arrived.isVisible()) return;
    if (attempt % 2 === 1) await expect.poll(() => Math.floor(Date.now() / 30_000), { timeout: 35_000 }).toBeGreaterThan(step);
    await page.goto("/staff/sign-in/code");
  }
  await expect(arrived).toBeVisible();
}
