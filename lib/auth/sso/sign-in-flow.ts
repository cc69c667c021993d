import { randomUUID } from "node:crypto";

import { isAPIError } from "better-auth/api";

import { recordAuditEvent } from "../../audit/record-audit-event";
import { getDb, type Prisma } from "../../db";
import { getEnv } from "../../env";
import type { StaffRole } from "../../staff/roles";
import { getAuth } from "../auth";
import { beginStaffSso, buildStaffSsoEndSessionUrl, completeStaffSso, type StaffIdentity, type StaffSsoProblem } from "./sso-client";
import { saveStaffSsoRequest, takeStaffSsoRequest } from "./sso-requests";
import { ssoPostLogoutRedirectUriFor, ssoRedirectUriFor, staffSsoSettingsFrom } from "./settings";

// The two halves of a staff single sign-on, framework-free; the route handlers
// in app/(staff)/staff/sso/ only move cookies and redirect. Every outcome is
// audited; a refusal creates no account change and no session.

/** The provider id of single sign-on rows in staff_account; the person is (issuer, account_id = sub). */
export const SSO_PROVIDER_ID = "sso";
/** The issuer recorded for accounts of the local development provider, whatever port it has this time. */
export const LOCAL_PROVIDER_ACCOUNT_ISSUER = "local-openid-provider";

async function audit(options: { action: string; actorId: string; entityId: string; details: Prisma.InputJsonValue; requestId?: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "STAFF", id: options.actorId },
      action: options.action,
      entityType: "staff_sign_in",
      entityId: options.entityId,
      details: options.details,
      requestId: options.requestId,
    });
  });
}

export type StartOutcome = { ok: true; authorizationUrl: string; browserKey: string } | { ok: false; problem: StaffSsoProblem };

export async function startStaffSsoSignIn(options: { requestOrigin?: string }): Promise<StartOutcome> {
  const settings = staffSsoSettingsFrom(getEnv());
  if (!settings) return { ok: false, problem: "not-configured" };
  const redirectUri = ssoRedirectUriFor(settings, options.requestOrigin);
  let begun;
  try {
    begun = await beginStaffSso(settings, redirectUri);
  } catch (error) {
    console.error("Staff single sign-on discovery failed", error);
    await audit({ action: "staff.sso.refused", actorId: "unknown:sso", entityId: "unavailable", details: { problem: "provider-unavailable" } });
    return { ok: false, problem: "provider-unavailable" };
  }
  const { browserKey } = await saveStaffSsoRequest({ ...begun, redirectUri });
  return { ok: true, authorizationUrl: begun.authorizationUrl, browserKey };
}

type FoundAccount = { ok: true; userId: string; isNew: boolean; previousRole: string | null } | { ok: false; problem: "account-disabled" | "email-in-use" };

/**
 * The staff account for this provider subject, made on first sign-in. Found
 * by (issuer, sub) only, never by email: an email can be reassigned or typed
 * by someone else's administrator. The role follows the provider at every
 * sign-in, so taking the role away in CIS2 or Entra ID takes it away here.
 */
async function findOrCreateStaffAccount(identity: StaffIdentity, accountIssuer: string, now: Date): Promise<FoundAccount> {
  try {
    return await findOrCreateOnce(identity, accountIssuer, now);
  } catch (error) {
    // The same person's first sign-in twice at once: the other made the account, so find it.
    if ((error as { code?: string }).code === "P2002") return findOrCreateOnce(identity, accountIssuer, now);
    throw error;
  }
}

async function findOrCreateOnce(identity: StaffIdentity, accountIssuer: string, now: Date): Promise<FoundAccount> {
  return getDb().$transaction(async (tx) => {
    const account = await tx.staffAccount.findUnique({
      where: { issuer_accountId: { issuer: accountIssuer, accountId: identity.subject } },
      select: { userId: true, user: { select: { role: true, banned: true, approvedAt: true } } },
    });
    // The provider chose the role: that is the second party the approval rule asks for (docs/decisions/019).
    const approval = { approvedAt: now, approvedBy: `sso:${identity.issuer}`.slice(0, 100) };
    if (account) {
      if (account.user.banned) return { ok: false, problem: "account-disabled" } as const;
      const changed = account.user.role !== identity.role;
      await tx.staffUser.update({
        where: { id: account.userId },
        data: { name: identity.name, role: identity.role, ...(changed || !account.user.approvedAt ? approval : {}) },
        select: { id: true },
      });
      return { ok: true, userId: account.userId, isNew: false, previousRole: account.user.role } as const;
    }
    const sameEmail = await tx.staffUser.findUnique({ where: { email: identity.email }, select: { id: true } });
    if (sameEmail) return { ok: false, problem: "email-in-use" } as const;
    const userId = randomUUID();
    await tx.staffUser.create({
      data: { id: userId, name: identity.name, email: identity.email, emailVerified: true, role: identity.role, twoFactorEnabled: false, ...approval },
      select: { id: true },
    });
    await tx.staffAccount.create({
      data: { id: randomUUID(), userId, providerId: SSO_PROVIDER_ID, accountId: identity.subject, issuer: accountIssuer },
      select: { id: true },
    });
    return { ok: true, userId, isNew: true, previousRole: null } as const;
  });
}

/** Ends every session of the account a provider subject signs in to, if there is one. */
async function endSessionsOf(accountIssuer: string, subject: string): Promise<number> {
  const account = await getDb().staffAccount.findUnique({ where: { issuer_accountId: { issuer: accountIssuer, accountId: subject } }, select: { userId: true } });
  if (!account) return 0;
  return (await getDb().staffSession.deleteMany({ where: { userId: account.userId } })).count;
}

export type CallbackOutcome = { ok: true; headers: Headers; staffId: string; role: StaffRole } | { ok: false; problem: StaffSsoProblem };

export async function finishStaffSsoSignIn(options: { browserKey: string | undefined; callbackUrl: URL; headers: Headers; requestId?: string; now?: Date }): Promise<CallbackOutcome> {
  const settings = staffSsoSettingsFrom(getEnv());
  if (!settings) return { ok: false, problem: "not-configured" };
  const taken = await takeStaffSsoRequest(options.browserKey);
  if (!taken.ok) {
    await audit({
      action: "staff.sso.refused",
      actorId: "unknown:sso",
      entityId: "no-request",
      details: { problem: taken.problem, providerError: options.callbackUrl.searchParams.get("error")?.slice(0, 100) ?? null },
      requestId: options.requestId,
    });
    return { ok: false, problem: taken.problem };
  }
  const { request } = taken;
  const outcome = await completeStaffSso({
    settings,
    callbackUrl: options.callbackUrl,
    expected: { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier, redirectUri: request.redirectUri },
  });
  const refuse = async (problem: StaffSsoProblem, details: Record<string, Prisma.InputJsonValue | null>, actorId = "unknown:sso"): Promise<CallbackOutcome> => {
    await audit({ action: "staff.sso.refused", actorId, entityId: request.id, details: { problem, issuer: settings.issuer, ...details }, requestId: options.requestId });
    return { ok: false, problem };
  };
  if (!outcome.ok) {
    // The provider says this person has no register role now (or an ambiguous one): any session they
    // still have here ends too, rather than lasting until it times out.
    const sessionsEnded =
      outcome.subject && (outcome.problem === "no-role" || outcome.problem === "several-roles")
        ? await endSessionsOf(settings.isLocal ? LOCAL_PROVIDER_ACCOUNT_ISSUER : settings.issuer, outcome.subject)
        : 0;
    return refuse(
      outcome.problem,
      { detail: outcome.detail.slice(0, 500), subject: outcome.subject ?? null, email: outcome.email ?? null, sessionsEnded },
      outcome.subject ? `sso:${outcome.subject}`.slice(0, 100) : undefined,
    );
  }
  const { identity } = outcome;
  const now = options.now ?? new Date();
  // The local provider listens on a new port (a new issuer) at every start: its people are the same people.
  const accountIssuer = settings.isLocal ? LOCAL_PROVIDER_ACCOUNT_ISSUER : identity.issuer;
  const account = await findOrCreateStaffAccount(identity, accountIssuer, now);
  if (!account.ok) return refuse(account.problem, { subject: identity.subject, email: identity.email, role: identity.role }, `sso:${identity.subject}`.slice(0, 100));
  let headers: Headers;
  try {
    const created = await getAuth().api.createSsoSession({ body: { userId: account.userId, idToken: identity.idToken }, headers: options.headers, returnHeaders: true });
    headers = created.headers;
  } catch (error) {
    if (isAPIError(error) && error.statusCode < 500) return refuse("account-disabled", { subject: identity.subject, reason: String((error.body as { code?: string } | undefined)?.code ?? error.statusCode) }, account.userId);
    throw error;
  }
  if (account.isNew) {
    await audit({ action: "staff.sso.account-created", actorId: account.userId, entityId: account.userId, details: { issuer: identity.issuer, subject: identity.subject, role: identity.role }, requestId: options.requestId });
  } else if (account.previousRole !== identity.role) {
    await audit({ action: "staff.sso.role-changed", actorId: account.userId, entityId: account.userId, details: { from: account.previousRole, to: identity.role, issuer: identity.issuer }, requestId: options.requestId });
  }
  await audit({
    action: "staff.sign-in",
    actorId: account.userId,
    entityId: request.id,
    details: { step: "sso", issuer: identity.issuer, subject: identity.subject, role: identity.role, acr: identity.acr, amr: identity.amr },
    requestId: options.requestId,
  });
  return { ok: true, headers, staffId: account.userId, role: identity.role };
}

/** Where to send the browser to end the provider's session too (RP-initiated logout), or null when it cannot. */
export async function staffSsoEndSessionUrl(options: { idToken: string | null | undefined; requestOrigin?: string }): Promise<string | null> {
  const settings = staffSsoSettingsFrom(getEnv());
  if (!settings || !options.idToken) return null;
  try {
    return await buildStaffSsoEndSessionUrl(settings, { idToken: options.idToken, postLogoutRedirectUri: ssoPostLogoutRedirectUriFor(settings, options.requestOrigin) });
  } catch (error) {
    console.error("Could not build the provider's end-session address", error);
    return null;
  }
}
