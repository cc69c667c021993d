import { createOTP } from "@better-auth/utils/otp";
import { getDb } from "../db";
import { createStaffMember } from "./manage-staff";
import type { StaffRole } from "./roles";

// One demo account per role, for local demos and the browser tests only
// (seeded into the embedded database by lib/demo/seed-demo-data.ts, shown on
// the sign-in page only against a local database). The TOTP secrets are known
// so the demo and the tests can compute codes; real staff enrol their own.

export type DemoStaffAccount = { role: StaffRole; email: string; name: string; password: string; totpSecret: string };

export const DEMO_STAFF_ACCOUNTS: readonly DemoStaffAccount[] = [
  { role: "caseworker", email: "caseworker@example.org", name: "Casey Worker (demo)", password: "demo-caseworker-2026", totpSecret: "demo-totp-secret-caseworker-0001" },
  { role: "supervisor", email: "supervisor@example.org", name: "Sam Supervisor (demo)", password: "demo-supervisor-2026", totpSecret: "demo-totp-secret-supervisor-0002" },
  { role: "admin", email: "admin@example.org", name: "Alex Admin (demo)", password: "demo-admin-password-2026", totpSecret: "demo-totp-secret-admin-000000003" },
];

/** The authenticator code a demo account's app would show now. */
export async function currentDemoTotpCode(secret: string): Promise<string> {
  return createOTP(secret, { digits: 6, period: 30 }).totp();
}

/** Adds the demo accounts that are missing. Idempotent. */
export async function seedDemoStaff(options: { log?: (message: string) => void } = {}): Promise<number> {
  const db = getDb();
  let added = 0;
  for (const account of DEMO_STAFF_ACCOUNTS) {
    const exists = await db.staffUser.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await createStaffMember({ ...account, by: { kind: "SYSTEM", id: "demo-seed" } });
    added++;
  }
  options.log?.(`Demo staff: ${DEMO_STAFF_ACCOUNTS.length} present (${added} added).`);
  return added;
}
