import { randomInt } from "node:crypto";

import { createOTP } from "@better-auth/utils/otp";
import { afterEach, describe, expect, it } from "vitest";

import { recordDecision } from "@/tests/support/record-test-decision";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { getAuth } from "@/lib/auth/auth";
import { MAX_FAILED_SIGN_INS } from "@/lib/auth/auth-settings";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { viewAuditRow } from "@/lib/staff/audit-view";
import {
  approveStaffMember,
  changeStaffPassword,
  createStaffMember,
  createStaffMemberWithTemporaryPassword,
  disableStaffMember,
  enableStaffMember,
  resetStaffMember,
} from "@/lib/staff/manage-staff";

import { decisionDetails, uniqueNhsNumber } from "../support/factories";

// Issue 12, "Staff sign-in": each finding of the outside test, driven through
// the same lib functions the sign-in and staff actions call, against a real
// PostgreSQL.

const SYSTEM = { kind: "SYSTEM", id: "test" } as const;
const PASSWORD = "correct-horse-battery-1";

const uniqueEmail = (what = "staff") => `${what}-${randomInt(1e9)}@example.org`;
const cookiesFrom = (headers: Headers) => headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
const totp = (secret: string) => createOTP(secret, { digits: 6, period: 30 }).totp();
const wrongCode = (right: string) => String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");

async function staffWithApp(role: "caseworker" | "supervisor" | "admin" = "caseworker") {
  const email = uniqueEmail(role);
  const secret = `test-secret-${randomInt(1e9)}-abcdefghijkl`;
  const member = await createStaffMember({ email, name: "Test Member", role, password: PASSWORD, totpSecret: secret, by: SYSTEM });
  return { ...member, secret };
}

/** The cookies a browser holds after the password step (better-auth's signed two-factor cookie). */
async function passwordStep(email: string, password = PASSWORD): Promise<Headers> {
  const result = await signInWithPassword({ email, password, headers: new Headers() });
  if (result.outcome !== "code-needed") throw new Error(`expected the code step, got ${result.outcome}`);
  return new Headers({ cookie: cookiesFrom(result.headers) });
}

async function auditCount(action: string, entityId: string): Promise<number> {
  return getDb().auditEvent.count({ where: { action, entityId } });
}

describe("1. lockout: check and count are one step per account", () => {
  const ctx = getAuth().$context;
  let restore: (() => void) | null = null;
  afterEach(() => restore?.());

  /** Counts real password checks: better-auth verifies a known account's hash, and hashes anyway for an unknown email. */
  async function countPasswordChecks(): Promise<{ count: () => number }> {
    const password = (await ctx).password;
    const { verify, hash } = password;
    let checks = 0;
    password.verify = async (...args) => (checks++, verify(...args));
    password.hash = async (...args) => (checks++, hash(...args));
    restore = () => Object.assign(password, { verify, hash });
    return { count: () => checks };
  }

  it("30 parallel wrong passwords for one account make at most 5 password checks, and the rest are told it is locked", async () => {
    const member = await staffWithApp();
    const checks = await countPasswordChecks();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signInWithPassword({ email: member.email, password: `wrong-password-${i}`, headers: new Headers() })));
    expect(checks.count()).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    expect(results.filter((r) => r.outcome === "wrong")).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(results.filter((r) => r.outcome === "locked")).toHaveLength(30 - MAX_FAILED_SIGN_INS);
    // And the right password is refused too, without a check, until the window ends.
    expect((await signInWithPassword({ email: member.email, password: PASSWORD, headers: new Headers() })).outcome).toBe("locked");
    expect(checks.count()).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    expect(await auditCount("staff.sign-in.failed", member.email)).toBe(MAX_FAILED_SIGN_INS);
    expect(await auditCount("staff.sign-in.locked", member.email)).toBe(30 - MAX_FAILED_SIGN_INS + 1);
  });

  it("the same for an email address that has no account", async () => {
    const email = uniqueEmail("nobody");
    const checks = await countPasswordChecks();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signInWithPassword({ email, password: `guess-number-${i}`, headers: new Headers() })));
    expect(checks.count()).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    expect(results.filter((r) => r.outcome === "locked")).toHaveLength(30 - MAX_FAILED_SIGN_INS);
  });
});

describe("2. the code step is bound to the account whose password was right", () => {
  it("counts wrong codes against that account whatever else the browser sends, says locked, and then refuses the right code", async () => {
    const member = await staffWithApp();
    const decoy = uniqueEmail("decoy");
    const pending = await passwordStep(member.email);
    const right = await totp(member.secret);
    for (let i = 1; i <= MAX_FAILED_SIGN_INS; i++) {
      // The old unsigned label cookie is ignored: nothing the browser can change picks the account.
      const headers = new Headers({ cookie: `${pending.get("cookie")}; staff_pending_email=${decoy}` });
      const result = await verifySignInCode({ code: wrongCode(right), headers });
      expect(result).toEqual({ outcome: "wrong", isNowLocked: i === MAX_FAILED_SIGN_INS });
    }
    expect(await auditCount("staff.sign-in.failed", member.email)).toBe(MAX_FAILED_SIGN_INS);
    expect(await auditCount("staff.sign-in.failed", decoy)).toBe(0);
    expect((await verifySignInCode({ code: await totp(member.secret), headers: pending })).outcome).toBe("locked");
  });

  it("refuses a pending sign-in whose signed cookie was altered, or that is already used", async () => {
    const member = await staffWithApp();
    const pending = await passwordStep(member.email);
    const tampered = new Headers({ cookie: pending.get("cookie")!.replace(/(staff\.two_factor=)([^;.]*)/, "$1forged-identifier") });
    expect((await verifySignInCode({ code: await totp(member.secret), headers: tampered })).outcome).toBe("no-pending-sign-in");
    expect((await verifySignInCode({ code: "123456", headers: new Headers() })).outcome).toBe("no-pending-sign-in");

    const signedIn = await verifySignInCode({ code: await totp(member.secret), headers: pending });
    expect(signedIn.outcome).toBe("signed-in");
    if (signedIn.outcome !== "signed-in") return;
    // Cleared after sign-in: the browser is told to drop the two-factor cookie, and its server-side row is gone.
    expect(signedIn.headers.getSetCookie().some((c) => /^staff\.two_factor=;|^staff\.two_factor=.*Max-Age=0/i.test(c))).toBe(true);
    expect((await verifySignInCode({ code: "123456", headers: pending })).outcome).toBe("no-pending-sign-in");
  });
});

describe("3. a TOTP code signs in once", () => {
  it("refuses the same code at a second sign-in within its 30 seconds", async () => {
    const member = await staffWithApp();
    const code = await totp(member.secret);
    expect((await verifySignInCode({ code, headers: await passwordStep(member.email) })).outcome).toBe("signed-in");
    const again = await verifySignInCode({ code, headers: await passwordStep(member.email) });
    expect(again.outcome).toBe("replayed");
  });

  it("lets exactly one of two parallel sign-ins with the same code through", async () => {
    const member = await staffWithApp();
    const [first, second] = [await passwordStep(member.email), await passwordStep(member.email)];
    const code = await totp(member.secret);
    const results = await Promise.all([verifySignInCode({ code, headers: first }), verifySignInCode({ code, headers: second })]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["replayed", "signed-in"]);
  });
});

describe("4. temporary passwords, change and reset", () => {
  const anAdmin = async () => ({ kind: "STAFF", id: (await staffWithApp("admin")).id }) as const;

  it("makes a new account change its temporary password first, and refuses breached, personal and reused passwords", async () => {
    const email = uniqueEmail("newcomer");
    const { temporaryPassword } = await createStaffMemberWithTemporaryPassword({ email, name: "Nora Newcomer", role: "caseworker", by: await anAdmin() });
    const signedIn = await signInWithPassword({ email, password: temporaryPassword, headers: new Headers() });
    expect(signedIn.outcome).toBe("signed-in");
    if (signedIn.outcome !== "signed-in") return;
    const headers = new Headers({ cookie: cookiesFrom(signedIn.headers) });
    const session = await getAuth().api.getSession({ headers });
    expect(session?.user.mustChangePassword).toBe(true);
    const userId = session!.user.id;

    const refusal = async (newPassword: string, currentPassword = temporaryPassword) => {
      try {
        await changeStaffPassword({ userId, currentPassword, newPassword, headers });
        return null;
      } catch (error) {
        if (!isAppError(error)) throw error;
        return error.details?.fieldErrors as Record<string, string[]>;
      }
    };
    expect((await refusal("qwertyuiop123"))?.newPassword?.[0]).toMatch(/too common/);
    expect((await refusal("Password123456!"))?.newPassword?.[0]).toMatch(/too common/);
    expect((await refusal("1qaz2wsx3edc"))?.newPassword?.[0]).toMatch(/too common/);
    expect((await refusal("short-pass"))?.newPassword?.[0]).toMatch(/at least 12 characters/);
    expect((await refusal(`my ${email.split("@")[0]} pass`))?.newPassword?.[0]).toMatch(/email address or name/);
    expect((await refusal(temporaryPassword))?.newPassword?.[0]).toMatch(/different/);
    expect((await refusal("violet kettle harbour lamp", "not-the-temporary-one"))?.currentPassword?.[0]).toMatch(/not right/);
    expect(await refusal("violet kettle harbour lamp")).toBeNull();

    expect((await getDb().staffUser.findUnique({ where: { id: userId }, select: { mustChangePassword: true } }))?.mustChangePassword).toBe(false);
    expect((await signInWithPassword({ email, password: temporaryPassword, headers: new Headers() })).outcome).toBe("wrong");
    expect((await signInWithPassword({ email, password: "violet kettle harbour lamp", headers: new Headers() })).outcome).toBe("signed-in");
    expect(await auditCount("staff.password.change", userId)).toBe(1);
  });

  it("an admin's reset gives a new temporary password, removes the authenticator and ends sessions; disable and re-enable", async () => {
    const member = await staffWithApp();
    const admin = await anAdmin();
    const before = await passwordStep(member.email);
    expect((await verifySignInCode({ code: await totp(member.secret), headers: before })).outcome).toBe("signed-in");

    const reset = await resetStaffMember({ id: member.id, by: admin });
    expect(reset.awaitingApproval).toBe(false);
    expect(await getDb().staffSession.count({ where: { userId: member.id } })).toBe(0);
    expect(await getDb().staffTwoFactor.count({ where: { userId: member.id } })).toBe(0);
    expect((await signInWithPassword({ email: member.email, password: PASSWORD, headers: new Headers() })).outcome).toBe("wrong");
    // No code step any more: the new session may only change the password and enrol again.
    const temporary = await signInWithPassword({ email: member.email, password: reset.temporaryPassword, headers: new Headers() });
    expect(temporary.outcome).toBe("signed-in");
    if (temporary.outcome !== "signed-in") return;
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie: cookiesFrom(temporary.headers) }) });
    expect(session?.user).toMatchObject({ mustChangePassword: true, twoFactorEnabled: false });

    await disableStaffMember({ id: member.id, by: admin });
    expect((await signInWithPassword({ email: member.email, password: reset.temporaryPassword, headers: new Headers() })).outcome).toBe("disabled");
    await enableStaffMember({ id: member.id, by: admin });
    expect((await signInWithPassword({ email: member.email, password: reset.temporaryPassword, headers: new Headers() })).outcome).toBe("signed-in");
    await expect(resetStaffMember({ id: admin.id, by: admin })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(disableStaffMember({ id: "no-such-member", by: admin })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("5. admins and residents' decisions", () => {
  it("an admin's view of the audit log shows no NHS number and no decision details; a supervisor's does", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT" }), recordedBy: SYSTEM });
    const rows = await listAuditEvents({ nhsNumber });
    expect(rows.length).toBeGreaterThan(0);
    const asAdmin = JSON.stringify(rows.map((row) => viewAuditRow(row, "admin")), (_key, value) => (typeof value === "bigint" ? value.toString() : value));
    expect(asAdmin).not.toContain(nhsNumber);
    expect(asAdmin).not.toMatch(/OPT_OUT|EFFECTIVE|choice|status/);
    const asSupervisor = rows.map((row) => viewAuditRow(row, "supervisor"));
    expect(asSupervisor.some((row) => row.nhsNumber === nhsNumber)).toBe(true);
  });

  it("a supervisor or admin account an admin makes signs in only after a second admin approves it", async () => {
    const first = await staffWithApp("admin");
    const second = await staffWithApp("admin");
    const email = uniqueEmail("new-supervisor");
    const { member, temporaryPassword } = await createStaffMemberWithTemporaryPassword({ email, name: "Sam Second", role: "supervisor", by: { kind: "STAFF", id: first.id } });
    expect(member.awaitingApproval).toBe(true);
    expect((await signInWithPassword({ email, password: temporaryPassword, headers: new Headers() })).outcome).toBe("awaiting-approval");
    // Nor does a wrong password tell anyone the account is waiting.
    expect((await signInWithPassword({ email, password: "not-the-password-1", headers: new Headers() })).outcome).toBe("wrong");

    await expect(approveStaffMember({ id: member.id, by: { kind: "STAFF", id: first.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveStaffMember({ id: member.id, by: { kind: "STAFF", id: member.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveStaffMember({ id: member.id, by: { kind: "STAFF", id: second.id } });
    expect((await signInWithPassword({ email, password: temporaryPassword, headers: new Headers() })).outcome).toBe("signed-in");

    // Resetting it makes it wait again: the admin who reset it saw the new password.
    const reset = await resetStaffMember({ id: member.id, by: { kind: "STAFF", id: second.id } });
    expect(reset.awaitingApproval).toBe(true);
    expect((await signInWithPassword({ email, password: reset.temporaryPassword, headers: new Headers() })).outcome).toBe("awaiting-approval");
    // A caseworker account needs no second admin.
    const caseworker = await createStaffMemberWithTemporaryPassword({ email: uniqueEmail("cw"), name: "Casey", role: "caseworker", by: { kind: "STAFF", id: first.id } });
    expect(caseworker.member.awaitingApproval).toBe(false);
  });
});
