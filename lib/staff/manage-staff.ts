import { symmetricEncrypt } from "better-auth/crypto";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getAuth } from "../auth/auth";
import { MIN_PASSWORD_LENGTH } from "../auth/auth-settings";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isStaffRole, type StaffRole } from "./roles";

export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  twoFactorEnabled: boolean;
  banned: boolean;
  createdAt: Date;
};

export type CreateStaffMemberOptions = {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  by: Actor;
  /**
   * Demo accounts only: a known authenticator secret, so the demo and the
   * browser tests can compute codes. Real staff enrol their own at first sign-in.
   */
  totpSecret?: string;
};

/**
 * Creates a staff account with a password (hashed by better-auth). Without a
 * TOTP secret, the member must enrol an authenticator app at first sign-in
 * before any staff page opens.
 */
export async function createStaffMember(options: CreateStaffMemberOptions): Promise<StaffMember> {
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new AppError({ code: "VALIDATION_FAILED", message: "Invalid email", userMessage: "Enter an email address in the correct format, like name@example.org" });
  }
  if (!name) throw new AppError({ code: "VALIDATION_FAILED", message: "Name missing", userMessage: "Enter the staff member's name" });
  if (!isStaffRole(options.role)) throw new AppError({ code: "VALIDATION_FAILED", message: `Unknown role ${String(options.role)}`, userMessage: "Select a role" });
  if (options.password.length < MIN_PASSWORD_LENGTH || options.password.length > 128) {
    throw new AppError({
      code: "VALIDATION_FAILED",
      message: "Password length",
      userMessage: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  const db = getDb();
  const existing = await db.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    throw new AppError({ code: "CONFLICT", message: `Staff member ${email} exists`, userMessage: "A staff member with this email address already exists" });
  }
  const ctx = await getAuth().$context;
  const passwordHash = await ctx.password.hash(options.password);
  const twoFactorEnabled = Boolean(options.totpSecret);
  const user = await ctx.internalAdapter.createUser({ email, name, emailVerified: true, role: options.role, twoFactorEnabled }, { method: "admin" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: passwordHash });
  if (options.totpSecret) {
    await ctx.adapter.create({
      model: "twoFactor",
      data: {
        userId: user.id,
        secret: await symmetricEncrypt({ key: ctx.secretConfig, data: options.totpSecret }),
        backupCodes: await symmetricEncrypt({ key: ctx.secretConfig, data: JSON.stringify([]) }),
        verified: true,
      },
    });
  }
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.by,
      action: "staff.create",
      entityType: "staff_user",
      entityId: user.id,
      details: { email, role: options.role },
    });
  });
  return { id: user.id, email, name, role: options.role, twoFactorEnabled, banned: false, createdAt: new Date() };
}

export async function listStaffMembers(): Promise<StaffMember[]> {
  const rows = await getDb().staffUser.findMany({
    select: { id: true, email: true, name: true, role: true, twoFactorEnabled: true, banned: true, createdAt: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return rows.map((row) => ({
    ...row,
    role: isStaffRole(row.role) ? row.role : "caseworker",
    twoFactorEnabled: Boolean(row.twoFactorEnabled),
    banned: Boolean(row.banned),
  }));
}

/** Disables an account and ends its sessions at once (nothing is deleted: the audit trail names it). */
export async function disableStaffMember(options: { id: string; by: Actor }): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const updated = await tx.staffUser.updateMany({ where: { id: options.id }, data: { banned: true, banReason: "Disabled by an admin" } });
    if (updated.count === 0) throw new AppError({ code: "NOT_FOUND", message: `No staff member ${options.id}` });
    await tx.staffSession.deleteMany({ where: { userId: options.id } });
    await recordAuditEvent(tx, { actor: options.by, action: "staff.disable", entityType: "staff_user", entityId: options.id });
  });
}
