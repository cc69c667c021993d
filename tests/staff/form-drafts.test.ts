import { randomInt } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getAuth } from "@/lib/auth/auth";
import { STAFF_COOKIE_PREFIX } from "@/lib/auth/auth-settings";
import { endedSessionOwner, keepFormDraft, pendingFormDraftPath, restoreFormDraft } from "@/lib/auth/form-drafts";
import { endSessionIfIdle, sessionTokenFromCookie } from "@/lib/auth/idle-timeout";
import { getDb } from "@/lib/db";
import { applyRetention } from "@/lib/retention/apply-retention";
import { createStaffMember } from "@/lib/staff/manage-staff";

// Nothing lost when the session ends (issue 16 point 3): a form sent with an
// ended session's cookie is kept for that session's account only, given back
// once, audited without its values, and gone after an hour.

const ADMIN = { kind: "SYSTEM", id: "test" } as const;
const PASSWORD = "correct-horse-battery-1";
const MINUTE = 60_000;

async function signedInMember(): Promise<{ userId: string; token: string }> {
  const email = `drafts-${randomInt(1e9)}@example.org`;
  await createStaffMember({ email, name: "Draft Keeper", role: "caseworker", password: PASSWORD, by: ADMIN });
  const signedIn = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers(), returnHeaders: true });
  const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith(`${STAFF_COOKIE_PREFIX}.session_token=`))!;
  const token = sessionTokenFromCookie(cookie.split(";")[0]!.split("=")[1])!;
  const userId = (await getDb().staffUser.findUnique({ where: { email }, select: { id: true } }))!.id;
  return { userId, token };
}

const FORM = { nhsNumber: "9990000018", givenName: "Amina", familyName: "Begum", choice: "OPT_OUT", postcode: "", newPassword: "not-kept-1234" };

describe("form drafts", () => {
  it("keeps nothing for a live session, an unknown token, or a session ended by signing out", async () => {
    const { token } = await signedInMember();
    expect(await keepFormDraft({ token, path: "/staff/key", fields: FORM })).toBeNull();
    expect(await keepFormDraft({ token: "no-such-token", path: "/staff/key", fields: FORM })).toBeNull();
    await getDb().staffSession.deleteMany({ where: { token } });
    expect(await keepFormDraft({ token, path: "/staff/key", fields: FORM })).toBeNull();
  });

  it("keeps a form sent after the idle timeout for that account, without passwords or empty fields, audited by field name only", async () => {
    const { userId, token } = await signedInMember();
    const later = new Date(Date.now() + 31 * MINUTE);
    const id = await keepFormDraft({ token, path: "/staff/key", fields: FORM, now: later });
    expect(id).not.toBeNull();
    const draft = await getDb().staffFormDraft.findUniqueOrThrow({ where: { id: id! } });
    expect(draft.userId).toBe(userId);
    expect(draft.fields).toEqual({ nhsNumber: "9990000018", givenName: "Amina", familyName: "Begum", choice: "OPT_OUT" });
    expect(draft.expiresAt.getTime() - later.getTime()).toBe(60 * MINUTE);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "staff.form-draft.keep", entityId: id! } });
    expect(audit.actorId).toBe(userId);
    expect(JSON.stringify(audit.details)).not.toContain("Begum");
    expect(await pendingFormDraftPath(userId, later)).toBe(`/staff/key?draft=${id}`);
  });

  it("keeps one draft per account and page (the latest replaces the earlier), and nothing for a session past its maximum age by over an hour", async () => {
    const { userId, token } = await signedInMember();
    const later = new Date(Date.now() + 31 * MINUTE);
    const first = await keepFormDraft({ token, path: "/staff/key", fields: FORM, now: later });
    const second = await keepFormDraft({ token, path: "/staff/key", fields: { ...FORM, familyName: "Begum-Second" }, now: new Date(later.getTime() + MINUTE) });
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    const drafts = await getDb().staffFormDraft.findMany({ where: { userId }, select: { id: true, fields: true } });
    expect(drafts).toEqual([{ id: second, fields: expect.objectContaining({ familyName: "Begum-Second" }) }]);

    const aged = await signedInMember();
    const session = await getDb().staffSession.findUniqueOrThrow({ where: { token: aged.token }, select: { expiresAt: true } });
    expect(await keepFormDraft({ token: aged.token, path: "/staff/key", fields: FORM, now: new Date(session.expiresAt.getTime() + 61 * MINUTE) })).toBeNull();
    expect(await keepFormDraft({ token: aged.token, path: "/staff/key", fields: FORM, now: new Date(session.expiresAt.getTime() + 59 * MINUTE) })).not.toBeNull();
  });

  it("finds the owner of a session already ended for idleness, within the hour, by its token's hash", async () => {
    const { userId, token } = await signedInMember();
    expect(await endSessionIfIdle({ token, now: new Date(Date.now() + 31 * MINUTE) })).toBe(true);
    expect(await endedSessionOwner(token, new Date(Date.now() + 32 * MINUTE))).toBe(userId);
    expect(await endedSessionOwner(token, new Date(Date.now() + 95 * MINUTE))).toBeNull();
  });

  it("gives a draft back once, only to its own account and page, and not after an hour; retention deletes expired ones", async () => {
    const owner = await signedInMember();
    const other = await signedInMember();
    const later = new Date(Date.now() + 31 * MINUTE);
    const id = (await keepFormDraft({ token: owner.token, path: "/staff/key", fields: FORM, now: later }))!;
    expect(await restoreFormDraft({ id, userId: other.userId, path: "/staff/key", now: later })).toBeNull();
    expect(await restoreFormDraft({ id, userId: owner.userId, path: "/staff/people", now: later })).toBeNull();
    expect(await restoreFormDraft({ id, userId: owner.userId, path: "/staff/key", now: later })).toEqual({ nhsNumber: "9990000018", givenName: "Amina", familyName: "Begum", choice: "OPT_OUT" });
    expect(await restoreFormDraft({ id, userId: owner.userId, path: "/staff/key", now: later })).toBeNull();
    expect(await getDb().auditEvent.count({ where: { action: "staff.form-draft.restore", entityId: id, actorId: owner.userId } })).toBe(1);

    const second = await signedInMember();
    const keptAt = new Date(Date.now() + 31 * MINUTE);
    const stale = (await keepFormDraft({ token: second.token, path: "/staff/key", fields: FORM, now: keptAt }))!;
    const afterAnHour = new Date(keptAt.getTime() + 61 * MINUTE);
    expect(await restoreFormDraft({ id: stale, userId: second.userId, path: "/staff/key", now: afterAnHour })).toBeNull();
    expect(await pendingFormDraftPath(second.userId, afterAnHour)).toBeNull();
    const report = await applyRetention({ now: afterAnHour });
    expect(report, "no other retention pass held the lock").not.toBeNull();
    expect(report!.expiredFormDrafts).toBeGreaterThanOrEqual(1);
    expect(await getDb().staffFormDraft.findUnique({ where: { id: stale } })).toBeNull();
  });
});
