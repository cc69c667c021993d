import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { getResidentChoice } from "@/lib/identity/check-your-choice/get-resident-choice";
import { changeChoiceWithNhsLogin } from "@/lib/identity/check-your-choice/change-choice";
import { continueAfterNhsLogin } from "@/lib/identity/continue-after-sign-in";
import { generateClientKeyPair, LOCAL_RESIDENT_CLIENT_ID, startLocalNhsLogin, type LocalNhsLogin } from "@/lib/identity/local-provider/local-nhs-login";
import { finishNhsLoginSignIn, startNhsLoginSignIn } from "@/lib/identity/nhs-login/sign-in-flow";
import { findResidentSession } from "@/lib/identity/resident-session";
import { generateTestNhsNumber } from "@/lib/nhs-number/nhs-number";

import { CookieJar, follow } from "./browser-like";

// The sign-in as the site runs it (start, callback, session, audit), against
// the local NHS login over HTTP and the real database.

const REDIRECT = "http://127.0.0.1:39997/nhs-login/callback";
let provider: LocalNhsLogin;

beforeAll(async () => {
  const keys = await generateClientKeyPair();
  provider = await startLocalNhsLogin({ residentClient: { clientId: LOCAL_RESIDENT_CLIENT_ID, redirectUris: [REDIRECT], publicJwk: keys.publicJwk } });
  setEnvVariable("LOCAL_DEMO", "on");
  setEnvVariable("NHS_LOGIN_LOCAL", "on");
  setEnvVariable("NHS_LOGIN_ISSUER", provider.issuer);
  setEnvVariable("NHS_LOGIN_CLIENT_ID", LOCAL_RESIDENT_CLIENT_ID);
  setEnvVariable("NHS_LOGIN_PRIVATE_KEY", JSON.stringify(keys.privateJwk));
  setEnvVariable("NHS_LOGIN_REDIRECT_URI", REDIRECT);
});
afterAll(async () => provider?.close());

async function signIn(form: Record<string, string>, purpose: "check" | "opt-out" | "opt-in" = "check") {
  const started = await startNhsLoginSignIn({ purpose });
  if (!started.ok) throw new Error(started.problem);
  const jar = new CookieJar();
  const page = await follow(jar, started.authorizationUrl, REDIRECT);
  const uid = /\/interaction\/([\w-]+)\/login/.exec(await page.response!.text())![1];
  const done = await follow(jar, `${provider.issuer}/interaction/${uid}/login`, REDIRECT, { form });
  return { browserKey: started.browserKey, callbackUrl: new URL(done.url) };
}

const person = (nhsNumber: string, level = "P9") => ({ user: "custom", given_name: "Flow", family_name: "Tester", birthdate: "1981-02-03", email: `flow-${nhsNumber}@example.org`, nhs_number: nhsNumber, level });

async function auditFor(action: string, entityId?: string) {
  return getDb().auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, select: { nhsNumber: true, details: true, actorKind: true } });
}

describe("NHS login sign-in, as the site runs it", () => {
  it("signs a P9 resident in: one session, one audit event, and the callback cannot be used again", async () => {
    const nhsNumber = generateTestNhsNumber();
    const { browserKey, callbackUrl } = await signIn(person(nhsNumber));
    const outcome = await finishNhsLoginSignIn({ browserKey, callbackUrl });
    expect(outcome).toMatchObject({ ok: true, purpose: "check", identity: { nhsNumber, vot: "P9.Cp.Cd" } });
    if (!outcome.ok) return;
    expect(await findResidentSession(outcome.sessionToken)).toMatchObject({ nhsNumber, givenName: "Flow" });
    const events = await getDb().auditEvent.findMany({ where: { action: "nhs-login.sign-in", nhsNumber }, select: { actorKind: true, details: true } });
    expect(events).toEqual([{ actorKind: "RESIDENT", details: expect.objectContaining({ vot: "P9.Cp.Cd", purpose: "check" }) }]);
    expect(await finishNhsLoginSignIn({ browserKey, callbackUrl })).toEqual({ ok: false, purpose: "check", problem: "replayed" });
  });

  it("refuses a P5 sign-in and a callback from another browser: no session, no decision, audited", async () => {
    const nhsNumber = generateTestNhsNumber();
    const sessionsBefore = await getDb().residentSession.count();
    const p5 = await signIn(person(nhsNumber, "P5"));
    expect(await finishNhsLoginSignIn(p5)).toEqual({ ok: false, purpose: "check", problem: "vot-too-low" });
    const other = await signIn(person(nhsNumber));
    expect(await finishNhsLoginSignIn({ browserKey: "someone-elses-browser", callbackUrl: other.callbackUrl })).toEqual({ ok: false, purpose: undefined, problem: "no-sign-in" });
    expect(await getDb().residentSession.count()).toBe(sessionsBefore);
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(0);
    const refused = (await auditFor("nhs-login.refused")).map((e) => (e.details as { problem?: string }).problem);
    expect(refused).toEqual(expect.arrayContaining(["vot-too-low", "no-sign-in"]));
  });

  it("starts a journey with NHS login's answers, and compares an NHS number typed earlier", async () => {
    const nhsNumber = generateTestNhsNumber();
    const { browserKey, callbackUrl } = await signIn(person(nhsNumber), "opt-out");
    const outcome = await finishNhsLoginSignIn({ browserKey, callbackUrl });
    if (!outcome.ok) throw new Error(outcome.problem);
    const next = await continueAfterNhsLogin({ purpose: "opt-out", identity: outcome.identity, sessionId: outcome.sessionId });
    expect(next.redirectTo).toBe("/choice/opt-out/postcode");
    expect(next.cookies.map((c) => c.name)).toEqual(["choice_opt_out"]);

    const started = await startNhsLoginSignIn({ purpose: "opt-in", typedNhsNumber: generateTestNhsNumber() });
    if (!started.ok) throw new Error(started.problem);
    const jar = new CookieJar();
    const page = await follow(jar, started.authorizationUrl, REDIRECT);
    const uid = /\/interaction\/([\w-]+)\/login/.exec(await page.response!.text())![1];
    const done = await follow(jar, `${provider.issuer}/interaction/${uid}/login`, REDIRECT, { form: person(nhsNumber) });
    expect(await finishNhsLoginSignIn({ browserKey: started.browserKey, callbackUrl: new URL(done.url) })).toEqual({ ok: false, purpose: "opt-in", problem: "nhs-number-differs" });
  });

  it("Check your choice shows the history, audits each view, and changes the choice in one step", async () => {
    const nhsNumber = generateTestNhsNumber();
    const { browserKey, callbackUrl } = await signIn(person(nhsNumber));
    const outcome = await finishNhsLoginSignIn({ browserKey, callbackUrl });
    if (!outcome.ok) throw new Error(outcome.problem);
    const session = (await findResidentSession(outcome.sessionToken))!;
    expect((await getResidentChoice({ nhsNumber, sessionId: session.id, view: "page" })).decisions).toEqual([]);
    const changed = await changeChoiceWithNhsLogin({ session, choice: "OPT_OUT", locale: "en" });
    expect(changed.status).toBe("EFFECTIVE");
    const after = await getResidentChoice({ nhsNumber, sessionId: session.id, view: "receipt" });
    expect(after.consent.status).toBe("opted-out");
    expect(after.decisions).toEqual([expect.objectContaining({ reference: changed.reference, choice: "OPT_OUT", channel: "ONLINE", madeBy: { kind: "SELF" }, status: "EFFECTIVE" })]);
    // Recorded as VERIFIED for the NHS number NHS login proved (docs/decisions/015).
    const recorded = await getDb().decision.findUniqueOrThrow({ where: { reference: changed.reference }, select: { assurance: true, verifiedNhsNumber: true, nhsLoginEmail: true } });
    expect(recorded).toEqual({ assurance: "VERIFIED", verifiedNhsNumber: nhsNumber, nhsLoginEmail: `flow-${nhsNumber}@example.org` });
    const views = await getDb().auditEvent.findMany({ where: { nhsNumber, action: { startsWith: "resident.choice." } }, select: { action: true } });
    expect(views.map((v) => v.action).sort()).toEqual(["resident.choice.receipt", "resident.choice.view"]);
    const email = await getDb().emailOutbox.findFirst({ where: { toAddress: `flow-${nhsNumber}@example.org` }, select: { subject: true } });
    expect(email?.subject).toMatch(/Your choice is recorded/);
    // Their own opt-in through NHS login reverses the opt-out at once: it is verified for this NHS number.
    const optIn = await changeChoiceWithNhsLogin({ session, choice: "OPT_IN", locale: "en" });
    expect(optIn.status).toBe("EFFECTIVE");
    expect((await getResidentChoice({ nhsNumber, sessionId: session.id, view: "page" })).consent.status).toBe("participating");
  });
});
