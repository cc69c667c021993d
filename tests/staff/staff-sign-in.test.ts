import { randomInt } from "node:crypto";
import { createOTP } from "@better-auth/utils/otp";
import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { MAX_FAILED_SIGN_INS } from "@/lib/auth/auth-settings";
import { STAFF_COOKIE_PREFIX } from "@/lib/auth/auth-settings";
import { endSessionIfIdle, sessionTokenFromCookie } from "@/lib/auth/idle-timeout";
import { signInWithPassword as signInThroughLockout } from "@/lib/auth/sign-in";
import { getLockoutState } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db";
import { createStaffMember, disableStaffMember } from "@/lib/staff/manage-staff";

// better-auth driven exactly as the server actions drive it, with the cookies
// a browser would carry passed by hand.

const ADMIN = { kind: "SYSTEM", id: "test" } as const;
const PASSWORD = "correct-horse-battery-1";

function uniqueEmail(): string {
  return `staff-${randomInt(1e9)}@example.org`;
}

function cookiesFrom(headers: Headers): string {
  return headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function signInWithPassword(email: string, password: string) {
  return getAuth().api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
}

async function totpNow(secret: string) {
  return createOTP(secret, { digits: 6, period: 30 }).totp();
}

describe("staff sign-in", () => {
  it("asks for the authenticator code after the password, and only the right code makes a session with the role", async () => {
    const email = uniqueEmail();
    const secret = `test-secret-${randomInt(1e9)}-abcdefghijkl`;
    await createStaffMember({ email, name: "Test Caseworker", role: "caseworker", password: PASSWORD, totpSecret: secret, by: ADMIN });

    const first = await signInWithPassword(email, PASSWORD);
    expect(first.response).toMatchObject({ twoFactorRedirect: true });
    const pending = new Headers({ cookie: cookiesFrom(first.headers) });
    // No session yet: the password alone is not enough.
    expect(await getAuth().api.getSession({ headers: pending })).toBeNull();

    const right = await totpNow(secret);
    const wrong = right === "000000" ? "111111" : "000000";
    await expect(getAuth().api.verifyTOTP({ body: { code: wrong }, headers: pending })).rejects.toThrow();
    const verified = await getAuth().api.verifyTOTP({ body: { code: right }, headers: pending, returnHeaders: true });
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie: cookiesFrom(verified.headers) }) });
    expect(session?.user).toMatchObject({ email, role: "caseworker", twoFactorEnabled: true });
  });

  it("refuses a wrong password and locks the account after repeated failures", async () => {
    const email = uniqueEmail();
    await createStaffMember({ email, name: "Locked", role: "supervisor", password: PASSWORD, by: ADMIN });
    await expect(signInWithPassword(email, "not-the-password-1")).rejects.toThrow();
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      expect((await signInThroughLockout({ email, password: `wrong-password-${i}`, headers: new Headers() })).outcome).toBe("wrong");
    }
    // Locked: even the right password is refused now, unchecked.
    expect((await signInThroughLockout({ email, password: PASSWORD, headers: new Headers() })).outcome).toBe("locked");
    const state = await getLockoutState(email);
    expect(state.isLocked).toBe(true);
    expect(state.unlocksAt!.getTime()).toBeGreaterThan(Date.now());
    // A different account is unaffected.
    expect((await getLockoutState(uniqueEmail())).isLocked).toBe(false);
  });

  it("makes a new account enrol an authenticator before its session counts as signed in", async () => {
    const email = uniqueEmail();
    await createStaffMember({ email, name: "New Admin", role: "admin", password: PASSWORD, by: ADMIN });
    const signedIn = await signInWithPassword(email, PASSWORD);
    const headers = new Headers({ cookie: cookiesFrom(signedIn.headers) });
    const before = await getAuth().api.getSession({ headers });
    expect(before?.user.twoFactorEnabled).toBeFalsy();

    const enabled = await getAuth().api.enableTwoFactor({ body: { password: PASSWORD }, headers });
    if (enabled.method !== "totp") throw new Error("expected an authenticator app secret");
    expect(enabled.backupCodes).toHaveLength(10);
    const secret = new URL(enabled.totpURI).searchParams.get("secret")!;
    const { base32 } = await import("@better-auth/utils/base32");
    const code = await createOTP(base32.decode(secret), { digits: 6, period: 30 }).totp();
    const verified = await getAuth().api.verifyTOTP({ body: { code }, headers, returnHeaders: true });
    const after = await getAuth().api.getSession({ headers: new Headers({ cookie: cookiesFrom(verified.headers) }) });
    expect(after?.user.twoFactorEnabled).toBe(true);

    // Lost phone: a recovery code signs in once, and only once.
    const recovery = enabled.backupCodes[0]!;
    const pending = new Headers({ cookie: cookiesFrom((await signInWithPassword(email, PASSWORD)).headers) });
    const recovered = await getAuth().api.verifyBackupCode({ body: { code: recovery }, headers: pending, returnHeaders: true });
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie: cookiesFrom(recovered.headers) }) })).not.toBeNull();
    const again = new Headers({ cookie: cookiesFrom((await signInWithPassword(email, PASSWORD)).headers) });
    await expect(getAuth().api.verifyBackupCode({ body: { code: recovery }, headers: again })).rejects.toThrow();
  });

  it("signs out everywhere, and a disabled account cannot sign in", async () => {
    const email = uniqueEmail();
    const member = await createStaffMember({ email, name: "Two Devices", role: "caseworker", password: PASSWORD, by: ADMIN });
    const phone = new Headers({ cookie: cookiesFrom((await signInWithPassword(email, PASSWORD)).headers) });
    const laptop = new Headers({ cookie: cookiesFrom((await signInWithPassword(email, PASSWORD)).headers) });
    expect(await getAuth().api.getSession({ headers: phone })).not.toBeNull();
    await getAuth().api.revokeSessions({ headers: laptop });
    expect(await getAuth().api.getSession({ headers: phone })).toBeNull();
    expect(await getAuth().api.getSession({ headers: laptop })).toBeNull();

    await disableStaffMember({ id: member.id, by: ADMIN });
    await expect(signInWithPassword(email, PASSWORD)).rejects.toThrow();
    const audit = await getDb().auditEvent.findFirst({ where: { action: "staff.disable", entityId: member.id }, select: { id: true } });
    expect(audit).not.toBeNull();
  });
});

describe("idle sessions", () => {
  it("ends a session unused for 30 minutes, and keeps one in use", async () => {
    const email = uniqueEmail();
    await createStaffMember({ email, name: "Idle", role: "caseworker", password: PASSWORD, by: ADMIN });
    const signedIn = await signInWithPassword(email, PASSWORD);
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith(`${STAFF_COOKIE_PREFIX}.session_token=`))!;
    const token = sessionTokenFromCookie(cookie.split(";")[0]!.split("=")[1])!;
    const headers = new Headers({ cookie: cookiesFrom(signedIn.headers) });
    expect(await endSessionIfIdle({ token, now: new Date(Date.now() + 29 * 60_000) })).toBe(false);
    expect(await getAuth().api.getSession({ headers })).not.toBeNull();
    expect(await endSessionIfIdle({ token, now: new Date(Date.now() + 31 * 60_000) })).toBe(true);
    expect(await getAuth().api.getSession({ headers })).toBeNull();
    const userId = (await getDb().staffUser.findUnique({ where: { email }, select: { id: true } }))!.id;
    expect(await getDb().auditEvent.count({ where: { action: "staff.session.idle-timeout", entityId: userId } })).toBe(1);
  });
});
