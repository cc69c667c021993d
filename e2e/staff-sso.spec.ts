import type { Page } from "@playwright/test";

import { STAFF_TEST_USERS } from "../lib/identity/local-provider/test-users";
import { ROLE_LABELS, type StaffRole } from "../lib/staff/roles";
import { SSO_PROBLEMS } from "../lib/staff/staff-text";
import { StaffSsoPage } from "./pages/staff-sso-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Staff single sign-on through the local OpenID provider that `npm start`
// runs beside the site (a real oidc-provider on its own port, configured as
// Entra ID would be: app roles in `roles`, `amr` must contain mfa). Each role
// lands with exactly its permissions; the no-role and no-MFA people are
// refused and the refusal is in the audit log; sign-out ends the provider's
// session too. axe runs on every page, the provider's included.

const PAGES = {
  "/staff/people": "person:view",
  "/staff/key": "decision:key",
  "/staff/tracing": "tracing:record",
  "/staff/review": "review:decide",
  "/staff/reports": "reports:view",
  "/staff/organisations": "organisations:manage",
  "/staff/api-clients": "api-clients:manage",
  "/staff/staff-members": "staff:manage",
  "/staff/audit": "audit:view",
} as const;

const ALLOWED: Record<StaffRole, readonly (keyof typeof PAGES)[]> = {
  caseworker: ["/staff/people", "/staff/key", "/staff/tracing"],
  supervisor: ["/staff/people", "/staff/key", "/staff/tracing", "/staff/review", "/staff/reports"],
  admin: ["/staff/reports", "/staff/organisations", "/staff/api-clients", "/staff/staff-members", "/staff/audit"],
};

const user = (id: string) => STAFF_TEST_USERS.find((u) => u.id === id)!;

/** The audit events of single sign-on refusals for a provider subject since a moment, newest first. */
async function refusalsFor(subject: string, since: Date): Promise<{ action: string; problem: string }[]> {
  return withE2eDatabase(async (client) => {
    const result = await client.query<{ action: string; problem: string }>(
      `SELECT action, details->>'problem' AS problem FROM audit_event
       WHERE action = 'staff.sso.refused' AND details->>'subject' = $1 AND at >= $2 ORDER BY at DESC`,
      [subject, since],
    );
    return result.rows;
  });
}

// Each test signs in through a second server and runs axe on every page: slow on a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

for (const [role, id] of [["caseworker", "staff-caseworker"], ["supervisor", "staff-supervisor"], ["admin", "staff-admin"]] as const) {
  test(`${role}: signs in with the organisation's account, opens exactly its pages, gets 403 for the rest`, async ({ page, expectAccessible }) => {
    const sso = new StaffSsoPage(page, expectAccessible);
    const person = user(id);
    await sso.startFromSignInPage();
    await sso.signInAs(person.name);
    await sso.expectBackOffice(person.name, ROLE_LABELS[role]);
    for (const path of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      const response = await page.goto(path);
      if (ALLOWED[role].includes(path)) {
        expect(response?.status(), `${role} may open ${path}`).toBe(200);
      } else {
        expect(response?.status(), `${role} may not open ${path}`).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
      }
      await expectAccessible();
    }
    // No password to change, no authenticator to enrol here: the provider holds both.
    await page.goto("/staff/account");
    await expect(page.getByRole("heading", { level: 2, name: "How you signed in" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Change your password" })).toHaveCount(0);
    await expectAccessible();
    if (role === "admin") {
      // The staff accounts page shows who signs in with an organisation account, without a password reset.
      await page.goto("/staff/staff-members");
      const row = page.getByRole("row").filter({ hasText: person.email });
      await expect(row).toContainText("Organisation account");
    }
    for (const path of ["/staff/enrol", "/staff/change-password"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
    }
  });
}

test("sign-out ends the session here and the provider's session too", async ({ page, expectAccessible }) => {
  const sso = new StaffSsoPage(page, expectAccessible);
  const person = user("staff-supervisor");
  await sso.startFromSignInPage();
  await sso.signInAs(person.name);
  await sso.expectBackOffice(person.name, ROLE_LABELS.supervisor);
  // While the provider's session lasts, starting again signs straight in without its list.
  await page.goto("/staff/sso/start");
  await sso.expectBackOffice(person.name, ROLE_LABELS.supervisor);

  await sso.signOutEverywhereItCan();
  const after = await page.goto("/staff/people");
  expect(after?.url()).toMatch(/\/staff\/sign-in$/);
  // The provider asks who is signing in again: its session ended as well.
  await page.getByRole("button", { name: "Sign in with your organisation's account" }).click();
  await sso.expectProviderStaffList();
});

test("a person with no register role is refused with a clear page, no session, and the refusal is audited", async ({ page, expectAccessible }) => {
  const since = new Date(Date.now() - 1000);
  const sso = new StaffSsoPage(page, expectAccessible);
  await sso.startFromSignInPage();
  await sso.signInAs(user("staff-no-role").name);
  await sso.expectProblem(SSO_PROBLEMS["no-role"].title);
  const response = await page.goto("/staff/people");
  expect(response?.url()).toMatch(/\/staff\/sign-in$/);
  await expect.poll(() => refusalsFor("staff-no-role", since)).toEqual([{ action: "staff.sso.refused", problem: "no-role" }]);
});

test("a person who signed in without a second factor is refused, with no session, and the refusal is audited", async ({ page, expectAccessible }) => {
  const since = new Date(Date.now() - 1000);
  const sso = new StaffSsoPage(page, expectAccessible);
  await sso.startFromSignInPage();
  await sso.signInAs(user("staff-no-mfa").name);
  await sso.expectProblem(SSO_PROBLEMS["assurance-too-low"].title);
  const response = await page.goto("/staff/people");
  expect(response?.url()).toMatch(/\/staff\/sign-in$/);
  await expect.poll(() => refusalsFor("staff-no-mfa", since)).toEqual([{ action: "staff.sso.refused", problem: "assurance-too-low" }]);
});

/**
 * Where the provider sends the browser back, without going there: the sign-in
 * is started and the provider's redirects followed with the browser's own
 * cookies (so the site's sign-in cookie and the provider's session are used).
 * Needs a live provider session (no list of people to choose from).
 */
async function callbackFromProvider(page: Page): Promise<string> {
  let url = new URL("/staff/sso/start", page.url()).href;
  for (let hop = 0; hop < 10; hop++) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    const location = response.headers()["location"];
    if (!location) throw new Error(`${url} answered ${response.status()} without a redirect`);
    url = new URL(location, url).href;
    if (new URL(url).pathname === "/staff/sso/callback") return url;
  }
  throw new Error("too many redirects");
}

test("cancelling, a provider error, a replayed callback and an altered state each get their own page and no session", async ({ page, expectAccessible }) => {
  const sso = new StaffSsoPage(page, expectAccessible);
  await sso.startFromSignInPage();
  await page.getByRole("button", { name: "Cancel and go back to the service" }).click();
  await sso.expectProblem(SSO_PROBLEMS.cancelled.title);

  await page.getByRole("link", { name: "Sign in with your organisation's account" }).click();
  await sso.expectProviderStaffList();
  await page.getByRole("button", { name: "Return the error access_denied" }).click();
  await sso.expectProblem(SSO_PROBLEMS["access-denied"].title);

  // A callback used once signs no one in again.
  let callback = "";
  page.on("request", (request) => {
    if (request.url().includes("/staff/sso/callback?")) callback = request.url();
  });
  await page.goto("/staff/sso/start");
  await sso.expectProviderStaffList();
  await sso.signInAs(user("staff-caseworker").name);
  await sso.expectBackOffice(user("staff-caseworker").name, ROLE_LABELS.caseworker);
  expect(callback).toContain("code=");
  await page.context().clearCookies({ name: "staff.session_token" });
  await page.goto(callback);
  await sso.expectProblem(SSO_PROBLEMS["no-sign-in"].title);
  expect((await page.goto("/staff/people"))?.url()).toMatch(/\/staff\/sign-in$/);

  // A fresh callback whose state was altered on its way back to the site.
  const fresh = new URL(await callbackFromProvider(page));
  expect(fresh.searchParams.get("state")).toBeTruthy();
  fresh.searchParams.set("state", "altered-by-an-attacker");
  await page.goto(fresh.href);
  await sso.expectProblem(SSO_PROBLEMS["state-mismatch"].title);
  expect((await page.goto("/staff/people"))?.url()).toMatch(/\/staff\/sign-in$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a caseworker signs in with the organisation's account and signs out of both", async ({ page, expectAccessible }) => {
    const sso = new StaffSsoPage(page, expectAccessible);
    const person = user("staff-caseworker");
    await sso.startFromSignInPage();
    await sso.signInAs(person.name);
    await sso.expectBackOffice(person.name, ROLE_LABELS.caseworker);
    expect((await page.goto("/staff/people"))?.status()).toBe(200);
    await page.goto("/staff");
    await sso.signOutEverywhereItCan();
    await page.goto("/staff/sso/start");
    await sso.expectProviderStaffList();
  });
});
