import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { finishStaffSsoSignIn, LOCAL_PROVIDER_ACCOUNT_ISSUER, startStaffSsoSignIn } from "@/lib/auth/sso/sign-in-flow";
import { getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { generateClientKeyPair, LOCAL_RESIDENT_CLIENT_ID, LOCAL_STAFF_CLIENT_ID, startLocalNhsLogin, type LocalNhsLogin } from "@/lib/identity/local-provider/local-nhs-login";
import { localStaffSsoEnv } from "@/lib/identity/local-provider/start-for-site";

import { CookieJar, follow } from "./browser-like";

// Staff single sign-on as the site runs it (start, callback, account, session,
// audit), against the local OpenID provider's staff client over HTTP and the
// real database, with the settings `npm start` gives the site.

const SITE = "http://127.0.0.1:39996";
const REDIRECT = `${SITE}/staff/sso/callback`;
let provider: LocalNhsLogin;

beforeAll(async () => {
  const residentKeys = await generateClientKeyPair();
  const staffKeys = await generateClientKeyPair();
  provider = await startLocalNhsLogin({
    residentClient: { clientId: LOCAL_RESIDENT_CLIENT_ID, redirectUris: [`${SITE}/nhs-login/callback`], publicJwk: residentKeys.publicJwk },
    staffClient: { clientId: LOCAL_STAFF_CLIENT_ID, redirectUris: [REDIRECT], publicJwk: staffKeys.publicJwk },
  });
  setEnvVariable("LOCAL_DEMO", "on");
  for (const [name, value] of Object.entries(localStaffSsoEnv({ issuer: provider.issuer, privateJwk: staffKeys.privateJwk, siteOrigin: SITE }))) {
    setEnvVariable(name as Parameters<typeof setEnvVariable>[0], value);
  }
});
afterAll(async () => provider?.close());

async function signIn(user: string) {
  const started = await startStaffSsoSignIn({});
  if (!started.ok) throw new Error(started.problem);
  const jar = new CookieJar();
  const page = await follow(jar, started.authorizationUrl, REDIRECT);
  const uid = /\/interaction\/([\w-]+)\/login/.exec(await page.response!.text())![1];
  const done = await follow(jar, `${provider.issuer}/interaction/${uid}/login`, REDIRECT, { form: { user } });
  return { browserKey: started.browserKey, callbackUrl: new URL(done.url), headers: new Headers() };
}

const accountOf = (subject: string) =>
  getDb().staffAccount.findUnique({ where: { issuer_accountId: { issuer: LOCAL_PROVIDER_ACCOUNT_ISSUER, accountId: subject } }, select: { userId: true, providerId: true, password: true } });

describe("staff single sign-on, as the site runs it", () => {
  it("signs a caseworker in with a better-auth session marked sso, found by subject the second time; the callback works once", async () => {
    const first = await signIn("staff-caseworker");
    const outcome = await finishStaffSsoSignIn(first);
    expect(outcome).toMatchObject({ ok: true, role: "caseworker" });
    if (!outcome.ok) return;
    expect(outcome.headers.getSetCookie().some((c) => c.startsWith("staff.session_token="))).toBe(true);
    expect(await accountOf("staff-caseworker")).toEqual({ userId: outcome.staffId, providerId: "sso", password: null });
    const sessions = await getDb().staffSession.findMany({ where: { userId: outcome.staffId }, select: { signInMethod: true, ssoIdToken: true } });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.signInMethod === "sso" && (s.ssoIdToken ?? "").split(".").length === 3)).toBe(true);
    const signIns = await getDb().auditEvent.findMany({ where: { action: "staff.sign-in", actorId: outcome.staffId }, select: { details: true } });
    expect(signIns.at(-1)?.details).toMatchObject({ step: "sso", role: "caseworker", amr: ["pwd", "mfa"] });

    expect(await finishStaffSsoSignIn(first)).toEqual({ ok: false, problem: "replayed" });
    const again = await finishStaffSsoSignIn(await signIn("staff-caseworker"));
    expect(again).toMatchObject({ ok: true, staffId: outcome.staffId });
  });

  it("refuses the person with no role and the person without MFA: no account, no session, audited with their subject", async () => {
    for (const [user, problem] of [["staff-no-role", "no-role"], ["staff-no-mfa", "assurance-too-low"]] as const) {
      expect(await finishStaffSsoSignIn(await signIn(user))).toEqual({ ok: false, problem });
      expect(await accountOf(user)).toBeNull();
      const refusals = await getDb().auditEvent.findMany({ where: { action: "staff.sso.refused", actorId: `sso:${user}` }, select: { details: true } });
      expect(refusals.at(-1)?.details).toMatchObject({ problem, subject: user });
    }
  });

  it("takes the role from the provider at every sign-in, and refuses an account an admin disabled", async () => {
    const first = await finishStaffSsoSignIn(await signIn("staff-supervisor"));
    if (!first.ok) throw new Error(first.problem);
    // Someone changed the role here: the provider's role wins at the next sign-in, and that is audited.
    await getDb().staffUser.update({ where: { id: first.staffId }, data: { role: "admin" } });
    expect(await finishStaffSsoSignIn(await signIn("staff-supervisor"))).toMatchObject({ ok: true, role: "supervisor" });
    expect((await getDb().staffUser.findUnique({ where: { id: first.staffId }, select: { role: true } }))?.role).toBe("supervisor");
    const changes = await getDb().auditEvent.findMany({ where: { action: "staff.sso.role-changed", entityId: first.staffId }, select: { details: true } });
    expect(changes.at(-1)?.details).toMatchObject({ from: "admin", to: "supervisor" });

    await getDb().staffUser.update({ where: { id: first.staffId }, data: { banned: true } });
    try {
      expect(await finishStaffSsoSignIn(await signIn("staff-supervisor"))).toEqual({ ok: false, problem: "account-disabled" });
    } finally {
      await getDb().staffUser.update({ where: { id: first.staffId }, data: { banned: false } });
    }
  });

  it("ends the sessions of someone whose role the provider has taken away, at their next sign-in", async () => {
    // Nora once had a role (an account and a session here); the provider now gives her none.
    const userId = `sso-role-removed-${Date.now()}`;
    const existing = await accountOf("staff-no-role");
    if (!existing) {
      await getDb().staffUser.create({ data: { id: userId, name: "Nora Norole (SSO demo)", email: `${userId}@example.org`, role: "caseworker", approvedAt: new Date() }, select: { id: true } });
      await getDb().staffAccount.create({ data: { id: `${userId}-account`, userId, providerId: "sso", accountId: "staff-no-role", issuer: LOCAL_PROVIDER_ACCOUNT_ISSUER }, select: { id: true } });
    }
    const owner = existing?.userId ?? userId;
    await getDb().staffSession.create({ data: { id: `${owner}-session`, token: `${owner}-token`, userId: owner, expiresAt: new Date(Date.now() + 3_600_000), signInMethod: "sso" }, select: { id: true } });
    expect(await finishStaffSsoSignIn(await signIn("staff-no-role"))).toEqual({ ok: false, problem: "no-role" });
    expect(await getDb().staffSession.count({ where: { userId: owner } })).toBe(0);
    const refusals = await getDb().auditEvent.findMany({ where: { action: "staff.sso.refused", actorId: "sso:staff-no-role" }, select: { details: true } });
    expect(refusals.at(-1)?.details).toMatchObject({ problem: "no-role", sessionsEnded: 1 });
  });
});
