import { randomInt } from "node:crypto";

import { createOTP } from "@better-auth/utils/otp";
import { type Page } from "@playwright/test";

import { STAFF_TEST_USERS } from "../lib/identity/local-provider/test-users";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { generatePaperFormReference } from "../lib/pdf/render-paper-form-pdf";
import type { StaffRole } from "../lib/staff/roles";
import { StaffBackOffice } from "./pages/staff-back-office";
import { StaffSsoPage } from "./pages/staff-sso-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Nothing lost when the session ends (issue 16 point 3, docs/decisions/024): the
// warning before the idle timeout, "Stay signed in" with and without
// JavaScript, and a form sent after the end kept for its own account only.
// The server's idle limit is the real one (30 minutes); the session is made
// idle by moving its last activity back in the database, as time passing
// would, and the browser's clock is moved on for the warning's timer.

const KEY_HEADING = "Key in a paper form or phone call";
const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

// A kept form sends its account to it at the next sign-in: each test starts with none, and none is left for other specs.
const forgetDrafts = () =>
  withE2eDatabase((db) => db.query("DELETE FROM staff_form_draft WHERE user_id IN (SELECT id FROM staff_user WHERE email = ANY($1))", [[StaffBackOffice.account("caseworker").email, StaffBackOffice.account("supervisor").email]]));
test.beforeEach(forgetDrafts);
test.afterAll(forgetDrafts);

/** Moves the account's sessions' last activity back, as that many minutes without a request would. */
async function idleFor(role: StaffRole, minutes: number): Promise<void> {
  await idleByEmail(StaffBackOffice.account(role).email, minutes);
}

async function idleByEmail(email: string, minutes: number): Promise<void> {
  await withE2eDatabase((db) =>
    // Both times better-auth moves on when a session is used: its last activity and its sliding expiry.
    db.query(
      "UPDATE staff_session SET updated_at = now() - make_interval(mins => $2), expires_at = expires_at - make_interval(mins => $2) WHERE user_id = (SELECT id FROM staff_user WHERE email = $1)",
      [email, minutes],
    ),
  );
}

async function lastActivity(role: StaffRole): Promise<Date | null> {
  return withE2eDatabase(async (db) => {
    const result = await db.query("SELECT max(updated_at) AS at FROM staff_session WHERE user_id = (SELECT id FROM staff_user WHERE email = $1)", [StaffBackOffice.account(role).email]);
    return (result.rows[0]?.at as Date | null) ?? null;
  });
}

/** Password and code from the sign-in page already open, arriving at a page with this heading. */
async function signInFromHere(page: Page, role: StaffRole, heading: string): Promise<void> {
  const account = StaffBackOffice.account(role);
  await page.getByLabel("Work email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();
  const otp = createOTP(account.totpSecret, { digits: 6, period: 30 });
  const arrived = page.getByRole("heading", { level: 1, name: heading });
  const used = page.getByText("This code has been used already");
  for (let attempt = 0; attempt < 4; attempt++) {
    const step = Math.floor(Date.now() / 30_000);
    await page.getByLabel("Code", { exact: true }).fill(await otp.hotp(step + (attempt % 2)));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(arrived.or(used.first())).toBeVisible();
    if (await arrived.isVisible()) return;
    if (attempt % 2 === 1) await expect.poll(() => Math.floor(Date.now() / 30_000), { timeout: 35_000 }).toBeGreaterThan(step);
    await page.goto("/staff/sign-in/code");
  }
  await expect(arrived).toBeVisible();
}

/** A paper opt-out typed into the keying form, not sent. */
async function fillKeyingForm(page: Page, form: { nhsNumber: string; familyName: string; reference: string }): Promise<void> {
  await page.getByLabel("NHS number (if known)").fill(form.nhsNumber);
  await page.getByRole("radio", { name: "Opt-out" }).check();
  await page.getByLabel("Date of the decision").fill("01/11/2026");
  await page.getByLabel("Form reference (paper only)").fill(form.reference);
  await page.getByLabel("Date of birth").fill("17/05/1970");
  await page.getByLabel("Given name").fill("Amina");
  await page.getByLabel("Family name").fill(form.familyName);
  await page.getByRole("radio", { name: "Paper form" }).check();
  await page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: "The person themself" }).check();
}

async function decisionsFor(nhsNumber: string): Promise<number> {
  return withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = $1", [nhsNumber])).rows[0].n as number);
}

test("two minutes before the idle timeout a warning appears, and Stay signed in renews the session without leaving the page", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.clock.install();
  await page.goto("/staff/key");
  await expect(page.getByTestId("session-ends")).toContainText(/If you do nothing, you will be signed out at \d{1,2}:\d{2}(am|pm)\. Stay signed in/);
  await expect(page.getByTestId("session-warning")).toHaveCount(0);
  await page.getByLabel("Given name").fill("Typed but not sent");

  // 27 minutes on: still quiet. 28 minutes on (two before the end): the warning, announced as an alert.
  await page.clock.fastForward("27:00");
  await expect(page.getByTestId("session-warning")).toHaveCount(0);
  await page.clock.fastForward("01:01");
  const warning = page.getByTestId("session-warning");
  await expect(warning).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "You will be signed out soon" })).toBeVisible();
  await expectAccessible();

  // Stay signed in: the server's last activity moves on, the warning goes, and what was typed stays.
  await idleFor("caseworker", 5);
  const before = await lastActivity("caseworker");
  await warning.getByRole("link", { name: "Stay signed in" }).click();
  await expect(page.getByTestId("session-warning")).toHaveCount(0);
  await expect.poll(async () => (await lastActivity("caseworker"))!.getTime()).toBeGreaterThan(before!.getTime() + 4 * 60_000);
  await expect(page.getByLabel("Given name")).toHaveValue("Typed but not sent");
  await expect(page).toHaveURL(/\/staff\/key$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every staff page says when the session ends, and the plain Stay signed in link renews it and comes back", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("caseworker");
    await page.goto("/staff/key");
    await expect(page.getByTestId("session-ends")).toContainText(/If you do nothing, you will be signed out at \d{1,2}:\d{2}(am|pm)\./);
    await expectAccessible();
    await idleFor("caseworker", 5);
    const before = await lastActivity("caseworker");
    await page.getByTestId("session-ends").getByRole("link", { name: "Stay signed in" }).click();
    await expect(page).toHaveURL(/\/staff\/key$/);
    await expect(page.getByRole("heading", { level: 1, name: KEY_HEADING })).toBeVisible();
    expect((await lastActivity("caseworker"))!.getTime()).toBeGreaterThan(before!.getTime() + 4 * 60_000);

    // Once the session has ended, the link goes to sign-in.
    await idleFor("caseworker", 31);
    await page.getByTestId("session-ends").getByRole("link", { name: "Stay signed in" }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
  });

  test("a keying form sent after the session ended is kept, not recorded, and sign-in says it will be brought back", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("caseworker");
    await page.goto("/staff/key");
    const nhsNumber = randomNhsNumber();
    const familyName = `Expired${randomInt(1e6)}`;
    await fillKeyingForm(page, { nhsNumber, familyName, reference: generatePaperFormReference() });
    await idleFor("caseworker", 31);
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in\?form=kept$/);
    await expect(page.getByRole("status")).toContainText("Your session ended. Sign in again and we will bring back the form you were sending.");
    await expectAccessible();
    expect(await decisionsFor(nhsNumber)).toBe(0);
  });
});

test("the kept form is brought back once, to the same account, filled and not sent; the keep and the restore are audited", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  const nhsNumber = randomNhsNumber();
  const familyName = `Kept${randomInt(1e6)}`;
  const reference = generatePaperFormReference();
  await fillKeyingForm(page, { nhsNumber, familyName, reference });
  await idleFor("caseworker", 31);
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("Your session ended. Sign in again and we will bring back the form you were sending.");

  await signInFromHere(page, "caseworker", KEY_HEADING);
  await expect(page).toHaveURL(/\/staff\/key\?draft=[0-9a-f-]{36}$/);
  await expect(page.getByTestId("draft-notice")).toContainText("This is the form you were sending when your session ended. Nothing has been recorded yet");
  await expect(page.getByLabel("NHS number (if known)")).toHaveValue(nhsNumber);
  await expect(page.getByLabel("Family name")).toHaveValue(familyName);
  await expect(page.getByLabel("Form reference (paper only)")).toHaveValue(reference);
  await expect(page.getByLabel("Date of birth")).toHaveValue("17/05/1970");
  await expect(page.getByRole("radio", { name: "Opt-out" })).toBeChecked();
  await expectAccessible();
  expect(await decisionsFor(nhsNumber)).toBe(0);
  const draftUrl = page.url();

  const audit = await withE2eDatabase(async (db) => {
    const rows = await db.query(
      "SELECT action, details FROM audit_event WHERE entity_type = 'staff_form_draft' AND entity_id = $1 ORDER BY id",
      [new URL(draftUrl).searchParams.get("draft")],
    );
    return rows.rows as { action: string; details: { fields: string[] } }[];
  });
  expect(audit.map((a) => a.action)).toEqual(["staff.form-draft.keep", "staff.form-draft.restore"]);
  expect(JSON.stringify(audit)).not.toContain(familyName);

  // The keyer checks and records it.
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("recorded-reference")).toBeVisible();
  expect(await decisionsFor(nhsNumber)).toBe(1);

  // Given back once: it is gone.
  await page.goto(draftUrl);
  await expect(page.getByTestId("draft-notice")).toContainText("There is no form to bring back");
  await expect(page.getByLabel("NHS number (if known)")).toHaveValue("");
});

test("a kept form is never shown to another account", async ({ page, browser, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  const nhsNumber = randomNhsNumber();
  const familyName = `NotYours${randomInt(1e6)}`;
  await fillKeyingForm(page, { nhsNumber, familyName, reference: generatePaperFormReference() });
  await idleFor("caseworker", 31);
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("Your session ended.");
  const draftId = await withE2eDatabase(async (db) => {
    const rows = await db.query("SELECT d.id FROM staff_form_draft d JOIN staff_user u ON u.id = d.user_id WHERE u.email = $1 AND d.fields->>'familyName' = $2", [StaffBackOffice.account("caseworker").email, familyName]);
    return rows.rows[0]?.id as string;
  });
  expect(draftId).toBeTruthy();

  // The supervisor (who may key too) signing in on this browser lands on the back office home, not the form…
  await signInFromHere(page, "supervisor", "Back office");
  await expect(page.getByText(familyName)).toHaveCount(0);
  // …and the draft's address does not give it to them.
  await page.goto(`/staff/key?draft=${draftId}`);
  await expect(page.getByTestId("draft-notice")).toContainText("There is no form to bring back");
  await expect(page.getByLabel("NHS number (if known)")).not.toHaveValue(nhsNumber);
  await expectAccessible();

  // Still there for its own account.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/staff/sign-in");
  await signInFromHere(other, "caseworker", KEY_HEADING);
  await expect(other.getByLabel("Family name")).toHaveValue(familyName);
  await other.context().close();
});

test("after single sign-on, too, the kept form comes back filled and not sent", async ({ page, expectAccessible }) => {
  const sso = new StaffSsoPage(page, expectAccessible);
  const person = STAFF_TEST_USERS.find((u) => u.id === "staff-caseworker")!;
  const forgetSsoDrafts = () => withE2eDatabase((db) => db.query("DELETE FROM staff_form_draft WHERE user_id IN (SELECT id FROM staff_user WHERE email = $1)", [person.email]));
  await forgetSsoDrafts();
  await sso.startFromSignInPage();
  await sso.signInAs(person.name);
  await expect(page.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
  await page.goto("/staff/key");
  const nhsNumber = randomNhsNumber();
  const familyName = `KeptSso${randomInt(1e6)}`;
  await fillKeyingForm(page, { nhsNumber, familyName, reference: generatePaperFormReference() });
  await idleByEmail(person.email, 31);
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("Your session ended. Sign in again and we will bring back the form you were sending.");

  // The provider's own session still lasts, so starting again signs straight back in.
  await page.getByRole("button", { name: "Sign in with your organisation's account" }).click();
  const list = page.getByRole("heading", { level: 1, name: "Sign in as a member of staff" });
  const form = page.getByRole("heading", { level: 1, name: KEY_HEADING });
  await expect(list.or(form)).toBeVisible();
  if (await list.isVisible()) await sso.signInAs(person.name);
  await expect(page).toHaveURL(/\/staff\/key\?draft=[0-9a-f-]{36}$/);
  await expect(page.getByLabel("NHS number (if known)")).toHaveValue(nhsNumber);
  await expect(page.getByLabel("Family name")).toHaveValue(familyName);
  await expectAccessible();
  expect(await decisionsFor(nhsNumber)).toBe(0);
  await forgetSsoDrafts();
});
