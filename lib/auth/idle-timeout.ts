import { createHash } from "node:crypto";

import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db";
import { getSessionIdleSeconds } from "./auth-settings";

// Idle expiry, checked against the database before better-auth reads the
// session. better-auth moves a session's updated_at on at most once every
// SESSION_REFRESH_SECONDS while it is used, so updated_at is the last activity
// to within a minute. (Its own expiry slides a cookie that a server component
// cannot rewrite, so it cannot be the idle limit by itself.)

/** The session token inside better-auth's signed cookie value ("<token>.<signature>"). */
export function sessionTokenFromCookie(value: string | undefined): string | null {
  if (!value) return null;
  const decoded = decodeURIComponent(value);
  const dot = decoded.indexOf(".");
  return dot > 0 ? decoded.slice(0, dot) : null;
}

/**
 * A session token's SHA-256, kept in the idle-timeout audit event: enough to know, when a form arrives
 * with the dead cookie, whose session it was (lib/auth/form-drafts.ts); useless as a credential.
 */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Ends the session if it has been idle too long. True when it was ended. */
export async function endSessionIfIdle(options: { token: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  const db = getDb();
  const session = await db.staffSession.findUnique({ where: { token: options.token }, select: { id: true, userId: true, updatedAt: true } });
  if (!session || now.getTime() - session.updatedAt.getTime() <= getSessionIdleSeconds() * 1000) return false;
  await db.$transaction(async (tx) => {
    const deleted = await tx.staffSession.deleteMany({ where: { id: session.id } });
    if (deleted.count === 0) return;
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: session.userId },
      action: "staff.session.idle-timeout",
      entityType: "staff_user",
      entityId: session.userId,
      details: { lastActivity: session.updatedAt.toISOString(), tokenHash: sessionTokenHash(options.token) },
    });
  });
  return true;
}
