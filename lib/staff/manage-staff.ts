import { isAPIError } from "better-auth/api";
import { symmetricEncrypt } from "better-auth/crypto";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getAuth } from "../auth/auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/auth-settings";
import { checkNewPassword, generateTemporaryPassword, PASSWORD_MESSAGES } from "../auth/password-policy";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isAwaitingApproval, needsSecondApproval } from "./approval";
import { isStaffRole, type StaffRole } from "./roles";

export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  twoFactorEnabled: boolean;
  banned: boolean;
  mustChangePassword: boolean;
  /** A supervisor or admin account waiting for a second admin; who asked for it. */
  awaitingApproval: boolean;
  approvalRequestedBy: string | null;
  createdAt: Date;
  /** Signs in with the organisation's account (docs/decisions/019): no register password or authenticator to reset. */
  isSingleSignOn: boolean;
};

export type CreateStaffMemberOptions = {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  by: Actor;
  /** A temporary password: no staff page opens until the member changes it. */
  mustChangePassword?: boolean;
  /**
   * Demo accounts only: a known authenticator secret, so the demo and the
   * browser tests can compute codes. Real staff enrol their own at first sign-in.
   */
  totpSecret?: string;
};

function fieldError(field: string, userMessage: string, code: "VALIDATION_FAILED" | "CONFLICT" = "VALIDATION_FAILED"): AppError {
  return new AppError({ code, message: `Staff account: ${field} refused`, userMessage, details: { fieldErrors: { [field]: [userMessage] } } });
}

/**
 * Creates a staff account with a password (hashed by better-auth). Without a
 * TOTP secret, the member must enrol an authenticator app at first sign-in
 * before any staff page opens. A supervisor or admin account made by a member
 * of staff (not by the command line or the demo seed) cannot sign in until a
 * second admin approves it.
 */
export async function createStaffMember(options: CreateStaffMemberOptions): Promise<StaffMember> {
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw fieldError("email", "Enter an email address in the correct format, like name@example.org");
  if (!name) throw fieldError("name", "Enter the staff member's name");
  if (name.length > 200) throw fieldError("name", "The name must be 200 characters or fewer");
  if (!isStaffRole(options.role)) throw fieldError("role", "Select a role");
  // Length only: the breached-password list applies to passwords people choose (changeStaffPassword,
  // `npm run staff:create -- --password`); the back office generates temporary ones, and the demo
  // accounts' known passwords are for the local demo only.
  if (options.password.length < MIN_PASSWORD_LENGTH || options.password.length > MAX_PASSWORD_LENGTH) throw fieldError("password", PASSWORD_MESSAGES.tooShort);
  const db = getDb();
  const existing = await db.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw fieldError("email", "A staff member with this email address already exists", "CONFLICT");
  const ctx = await getAuth().$context;
  const passwordHash = await ctx.password.hash(options.password);
  const twoFactorEnabled = Boolean(options.totpSecret);
  const awaitingApproval = options.by.kind === "STAFF" && needsSecondApproval(options.role);
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
    await tx.staffUser.update({
      where: { id: user.id },
      data: {
        mustChangePassword: options.mustChangePassword ?? false,
        ...(awaitingApproval
          ? { approvedAt: null, approvedBy: null, approvalRequestedBy: options.by.id ?? null }
          : { approvedAt: new Date(), approvedBy: `${options.by.kind}:${options.by.id ?? "unknown"}` }),
      },
    });
    await recordAuditEvent(tx, {
      actor: options.by,
      action: "staff.create",
      entityType: "staff_user",
      entityId: user.id,
      details: { email, role: options.role, awaitingApproval },
    });
  });
  return {
    id: user.id, email, name, role: options.role, twoFactorEnabled, banned: false, mustChangePassword: options.mustChangePassword ?? false,
    awaitingApproval, approvalRequestedBy: awaitingApproval ? (options.by.id ?? null) : null, createdAt: new Date(), isSingleSignOn: false,
  };
}

/** An admin makes an account; the temporary password is returned once, to hand over, and must be changed at first sign-in. */
export async function createStaffMemberWithTemporaryPassword(options: Omit<CreateStaffMemberOptions, "password" | "mustChangePassword" | "totpSecret">): Promise<{ member: StaffMember; temporaryPassword: string }> {
  const temporaryPassword = generateTemporaryPassword();
  const member = await createStaffMember({ ...options, password: temporaryPassword, mustChangePassword: true });
  return { member, temporaryPassword };
}

export async function listStaffMembers(): Promise<StaffMember[]> {
  const rows = await getDb().staffUser.findMany({
    select: {
      id: true, email: true, name: true, role: true, twoFactorEnabled: true, banned: true, mustChangePassword: true, approvedAt: true, approvalRequestedBy: true, createdAt: true,
      accounts: { where: { providerId: "sso" }, select: { id: true }, take: 1 },
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return rows.map(({ approvedAt, accounts, ...row }) => ({
    ...row,
    isSingleSignOn: accounts.length > 0,
    role: isStaffRole(row.role) ? row.role : "caseworker",
    twoFactorEnabled: Boolean(row.twoFactorEnabled),
    banned: Boolean(row.banned),
    awaitingApproval: isAwaitingApproval({ role: row.role, approvedAt }),
  }));
}

function notYourself(options: { id: string; by: Actor }, what: string): void {
  if (options.by.kind === "STAFF" && options.by.id === options.id) {
    throw new AppError({ code: "FORBIDDEN", message: `Staff member tried to ${what} their own account`, userMessage: `You cannot ${what} your own account. Ask another admin.` });
  }
}

const noSuchMember = (id: string) => new AppError({ code: "NOT_FOUND", message: `No staff member ${id}`, userMessage: "There is no such staff account. Reload the page and try again." });

/** Disables an account and ends its sessions at once (nothing is deleted: the audit trail names it). */
export async function disableStaffMember(options: { id: string; by: Actor }): Promise<void> {
  notYourself(options, "disable");
  await getDb().$transaction(async (tx) => {
    const updated = await tx.staffUser.updateMany({ where: { id: options.id }, data: { banned: true, banReason: "Disabled by an admin" } });
    if (updated.count === 0) throw noSuchMember(options.id);
    await tx.staffSession.deleteMany({ where: { userId: options.id } });
    await recordAuditEvent(tx, { actor: options.by, action: "staff.disable", entityType: "staff_user", entityId: options.id });
  });
}

/** Lets a disabled account sign in again with the credentials it had. */
export async function enableStaffMember(options: { id: string; by: Actor }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const updated = await tx.staffUser.updateMany({ where: { id: options.id }, data: { banned: false, banReason: null, banExpires: null } });
    if (updated.count === 0) throw noSuchMember(options.id);
    await recordAuditEvent(tx, { actor: options.by, action: "staff.enable", entityType: "staff_user", entityId: options.id });
  });
}

/**
 * Forgotten password or lost phone: a new temporary password (returned once),
 * the authenticator removed so the member enrols again, every session ended,
 * and the change required at next sign-in. A supervisor or admin account then
 * waits for a second admin again: otherwise the admin who reset it could sign
 * in as that supervisor with the password they were just shown.
 */
export async function resetStaffMember(options: { id: string; by: Actor }): Promise<{ temporaryPassword: string; awaitingApproval: boolean; email: string }> {
  notYourself(options, "reset");
  const db = getDb();
  const target = await db.staffUser.findUnique({ where: { id: options.id }, select: { id: true, email: true, role: true } });
  if (!target) throw noSuchMember(options.id);
  const temporaryPassword = generateTemporaryPassword();
  const ctx = await getAuth().$context;
  const passwordHash = await ctx.password.hash(temporaryPassword);
  const awaitingApproval = options.by.kind === "STAFF" && needsSecondApproval(target.role);
  await db.$transaction(async (tx) => {
    const credential = await tx.staffAccount.updateMany({ where: { userId: target.id, providerId: "credential" }, data: { password: passwordHash } });
    if (credential.count === 0) throw new AppError({ code: "CONFLICT", message: `Staff member ${target.id} has no password to reset`, userMessage: "This account does not sign in with a password." });
    await tx.staffTwoFactor.deleteMany({ where: { userId: target.id } });
    await tx.staffSession.deleteMany({ where: { userId: target.id } });
    await tx.staffUser.update({
      where: { id: target.id },
      data: {
        twoFactorEnabled: false,
        mustChangePassword: true,
        lastTotpStep: null,
        ...(awaitingApproval ? { approvedAt: null, approvedBy: null, approvalRequestedBy: options.by.id ?? null } : {}),
      },
    });
    await recordAuditEvent(tx, { actor: options.by, action: "staff.reset", entityType: "staff_user", entityId: target.id, details: { awaitingApproval } });
  });
  return { temporaryPassword, awaitingApproval, email: target.email };
}

/** A second admin approves a supervisor or admin account: never the admin who asked for it, never the account itself. */
export async function approveStaffMember(options: { id: string; by: Actor }): Promise<{ email: string }> {
  if (options.by.kind !== "STAFF" || !options.by.id) throw new AppError({ code: "FORBIDDEN", message: "Only a member of staff approves accounts" });
  const approver = options.by.id;
  notYourself(options, "approve");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const target = await tx.staffUser.findUnique({ where: { id: options.id }, select: { email: true, role: true, approvedAt: true, approvalRequestedBy: true } });
    if (!target) throw noSuchMember(options.id);
    if (!isAwaitingApproval(target)) throw new AppError({ code: "CONFLICT", message: `Staff member ${options.id} is not awaiting approval`, userMessage: "This account is not waiting for approval." });
    if (target.approvalRequestedBy === approver) {
      throw new AppError({ code: "FORBIDDEN", message: "Admin tried to approve an account they asked for", userMessage: "You asked for this account, so another admin must approve it." });
    }
    const updated = await tx.staffUser.updateMany({
      where: { id: options.id, approvedAt: null, NOT: { approvalRequestedBy: approver } },
      data: { approvedAt: new Date(), approvedBy: `STAFF:${approver}` },
    });
    if (updated.count === 0) throw new AppError({ code: "CONFLICT", message: "Approval raced", userMessage: "This account is not waiting for approval." });
    await recordAuditEvent(tx, { actor: options.by, action: "staff.approve", entityType: "staff_user", entityId: options.id, details: { role: target.role, requestedBy: target.approvalRequestedBy } });
    return { email: target.email };
  });
}

/**
 * A member changes their own password (a temporary one at first sign-in, or
 * any time): the current one is checked by better-auth, the new one against the
 * password policy; every other session ends, and the change is audited.
 */
export async function changeStaffPassword(options: { userId: string; currentPassword: string; newPassword: string; headers: Headers }): Promise<void> {
  const db = getDb();
  const user = await db.staffUser.findUnique({ where: { id: options.userId }, select: { email: true, name: true } });
  if (!user) throw noSuchMember(options.userId);
  if (options.newPassword === options.currentPassword) throw fieldError("newPassword", "Enter a new password that is different from your current one");
  const problem = checkNewPassword(options.newPassword, user);
  if (problem) throw fieldError("newPassword", problem);
  try {
    await getAuth().api.changePassword({ body: { currentPassword: options.currentPassword, newPassword: options.newPassword, revokeOtherSessions: true }, headers: options.headers });
  } catch (error) {
    if (isAPIError(error) && error.statusCode < 500) throw fieldError("currentPassword", "Your current password is not right");
    throw error;
  }
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: options.userId }, data: { mustChangePassword: false } });
    await recordAuditEvent(tx, { actor: { kind: "STAFF", id: options.userId }, action: "staff.password.change", entityType: "staff_user", entityId: options.userId });
  });
}
