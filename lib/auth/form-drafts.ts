import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { getSessionIdleSeconds } from "./auth-settings";
import { endSessionIfIdle, sessionTokenHash } from "./idle-timeout";

// Nothing lost when the session ends (issue 16 point 3, docs/decisions/024):
// a staff form posted with the cookie of a session that has ended (idle too
// long, or past its maximum age) is kept for the account that session belonged
// to, for an hour, and given back filled, not sent, after that account signs in
// again. The fields hold personal data (a keyed form carries a name, date of
// birth and NHS number), so a draft is only ever read by its own account,
// deleted when given back, and gone an hour later whatever happens. Passwords
// are never kept. Signing out is not an ending: no draft after it.

export const FORM_DRAFT_SECONDS = 60 * 60;
const SECRET_FIELD = /password/i;

/**
 * Whose session the cookie's token was, if it has ended: a session row past its idle limit (ended here)
 * or maximum age, or one ended for idleness in the last hour (found by its token's hash in the audit).
 * Null for a live session, an unknown token, or a session ended by signing out.
 */
export async function endedSessionOwner(token: string, now: Date = new Date()): Promise<string | null> {
  const db = getDb();
  const session = await db.staffSession.findUnique({ where: { token }, select: { userId: true, updatedAt: true, expiresAt: true } });
  if (session) {
    // Past its maximum age: only within the hour after, as for an idle ending (a cookie found later keeps nothing).
    const sinceExpiry = now.getTime() - session.expiresAt.getTime();
    if (sinceExpiry >= 0) return sinceExpiry <= FORM_DRAFT_SECONDS * 1000 ? session.userId : null;
    if (now.getTime() - session.updatedAt.getTime() > getSessionIdleSeconds() * 1000 && (await endSessionIfIdle({ token, now }))) return session.userId;
    return null;
  }
  const ended = await db.auditEvent.findFirst({
    where: {
      action: "staff.session.idle-timeout",
      at: { gte: new Date(now.getTime() - FORM_DRAFT_SECONDS * 1000) },
      details: { path: ["tokenHash"], equals: sessionTokenHash(token) },
    },
    orderBy: { at: "desc" },
    select: { entityId: true },
  });
  return ended?.entityId ?? null;
}

/** Keeps a form posted after its session ended, for that session's account. The draft's id, or null when there is no ended session to bind it to. */
export async function keepFormDraft(options: { token: string; path: string; fields: Record<string, string>; now?: Date }): Promise<string | null> {
  const now = options.now ?? new Date();
  const userId = await endedSessionOwner(options.token, now);
  if (!userId) return null;
  const fields = Object.fromEntries(Object.entries(options.fields).filter(([name, value]) => !SECRET_FIELD.test(name) && value !== ""));
  return getDb().$transaction(async (tx) => {
    await tx.staffFormDraft.deleteMany({ where: { expiresAt: { lte: now } } });
    // One draft per account and page: the latest form sent replaces an earlier one, so an ended
    // session's cookie can never pile up forms waiting for its account.
    await tx.staffFormDraft.deleteMany({ where: { userId, path: options.path } });
    const draft = await tx.staffFormDraft.create({
      data: { userId, path: options.path, fields, expiresAt: new Date(now.getTime() + FORM_DRAFT_SECONDS * 1000) },
      select: { id: true },
    });
    // The field names only: the audit log is not a second copy of the form.
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: userId },
      action: "staff.form-draft.keep",
      entityType: "staff_form_draft",
      entityId: draft.id,
      details: { path: options.path, fields: Object.keys(fields) },
    });
    return draft.id;
  });
}

/** Where to go after signing in: the page of the account's newest live draft, or null. */
export async function pendingFormDraftPath(userId: string, now: Date = new Date()): Promise<string | null> {
  const draft = await getDb().staffFormDraft.findFirst({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, path: true },
  });
  return draft ? `${draft.path}?draft=${draft.id}` : null;
}

/**
 * Gives a draft back to its own account, once: deleted as it is read, and audited. Null for another
 * account's draft (left alone), an expired one, or one already given back.
 */
export async function restoreFormDraft(options: { id: string; userId: string; path: string; now?: Date }): Promise<Record<string, string> | null> {
  const now = options.now ?? new Date();
  if (!/^[0-9a-f-]{36}$/i.test(options.id)) return null;
  return getDb().$transaction(async (tx) => {
    const draft = await tx.staffFormDraft.findFirst({
      where: { id: options.id, userId: options.userId, path: options.path, expiresAt: { gt: now } },
      select: { id: true, fields: true },
    });
    if (!draft) return null;
    await tx.staffFormDraft.delete({ where: { id: draft.id } });
    const fields = Object.fromEntries(Object.entries((draft.fields ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: options.userId },
      action: "staff.form-draft.restore",
      entityType: "staff_form_draft",
      entityId: draft.id,
      details: { path: options.path, fields: Object.keys(fields) },
    });
    return fields;
  });
}
