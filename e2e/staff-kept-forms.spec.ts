import { randomInt } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expectNoAccessibilityViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { createFreshStaff, signInFreshStaff, type FreshStaff } from "./support/fresh-staff";

// Nothing lost when the session ends, beyond keying (issue 16 point 3, docs/decisions/024
// and 032): the tracing form and the review decision form, sent after the session ended,
// are kept for their own account and brought back, filled and not sent, after signing in
// again. The session is made idle by moving its last activity back in the database, as
// 31 minutes without a request would (the server's own limit, 30 minutes, decides).
// Each test has accounts of its own, so making them idle touches no other test.

test.describe.configure({ timeout: 240_000 });

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const KEPT = "Your session ended. Sign in again and we will bring back the form you were sending.";

async function idleFor(account: FreshStaff, minutes: number): Promise<void> {
  await withE2eDatabase((db) =>
    db.query(
      "UPDATE staff_session SET updated_at = now() - make_interval(mins => $2), expires_at = expires_at - make_interval(mins => $2) WHERE user_id = (SELECT id FROM staff_user WHERE email = $1)",
      [account.email, minutes],
    ),
  );
}

const tracingsOf = (reference: string) =>
  withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM decision c JOIN decision o ON o.id = c.corrects_id WHERE o.reference = $1", [reference])).rows[0].count));

const latestStatus = (reference: string) =>
  withE2eDatabase(async (db) =>
    (await db.query("SELECT e.status FROM decision_status_event e JOIN decision d ON d.id = e.decision_id WHERE d.reference = $1 ORDER BY e.id DESC LIMIT 1", [reference])).rows[0]?.status as string,
  );

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a tracing form sent after the session ended is kept, and comes back filled, not sent, after signing in again", async ({ page, expectAccessible }) => {
    const caseworker = await createFreshStaff("caseworker");
    await page.goto("/staff/sign-in");
    await signInFreshStaff(page, caseworker, "Back office");
    const reference = await new StaffBackOffice(page).keyPaperDecision({
      choice: "Opt-out", givenName: "Tomasz", familyName: `Untraced${randomInt(1e7)}`, dateOfBirth: "08/08/1948", decidedOn: "02/06/2026", receivedOn: "04/06/2026", formReference: `PF-${randomInt(1e6)}`,
    });
    await page.goto("/staff/tracing");
    await page.getByRole("link", { name: new RegExp(reference) }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Trace decision ${reference}` })).toBeVisible();
    const tracingPage = new URL(page.url()).pathname;
    const nhsNumber = randomNhsNumber();
    await page.getByLabel("NHS number").fill(nhsNumber);

    // The caseworker is called away; the session ends; the form is sent anyway.
    await idleFor(caseworker, 31);
    await page.getByRole("button", { name: "Record NHS number" }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in\?form=kept$/);
    await expect(page.getByRole("status")).toContainText(KEPT);
    await expectAccessible();
    expect(await tracingsOf(reference)).toBe(0);

    // Signing in again comes back to the same decision's tracing page, the NHS number filled in, nothing recorded.
    await signInFreshStaff(page, caseworker, `Trace decision ${reference}`);
    expect(new URL(page.url()).pathname).toBe(tracingPage);
    await expect(page).toHaveURL(/\?draft=[0-9a-f-]{36}$/);
    const draftUrl = page.url();
    await expect(page.getByTestId("draft-notice")).toContainText("This is the form you were sending when your session ended. Nothing has been recorded yet: check it, then record the NHS number.");
    await expect(page.getByLabel("NHS number")).toHaveValue(nhsNumber);
    await expectAccessible();
    expect(await tracingsOf(reference)).toBe(0);

    // Checked and sent: traced, under the reference the caseworker clicked.
    await page.getByRole("button", { name: "Record NHS number" }).click();
    await expect(page.getByRole("status")).toContainText(`Decision ${reference} now belongs to NHS number`);
    await expectAccessible();
    expect(await tracingsOf(reference)).toBe(1);

    // Given back once: the address does not bring it back again.
    await page.goto(draftUrl);
    await expect(page.getByTestId("draft-notice")).toContainText("There is no form to bring back");
    await expectAccessible();

    // The keep and the restore are on record by field name, never the NHS number typed.
    const audit = await withE2eDatabase(async (db) =>
      (await db.query("SELECT action, details FROM audit_event WHERE entity_type = 'staff_form_draft' AND entity_id = $1 ORDER BY id", [new URL(draftUrl).searchParams.get("draft")])).rows as { action: string; details: { path: string; fields: string[] } }[],
    );
    expect(audit.map((a) => a.action)).toEqual(["staff.form-draft.keep", "staff.form-draft.restore"]);
    expect(audit[0]!.details).toMatchObject({ path: tracingPage, fields: expect.arrayContaining(["decisionId", "nhsNumber"]) });
    expect(JSON.stringify(audit)).not.toContain(nhsNumber);
  });
});

/** A caseworker of their own keys an opt-out and then an opt-in for a person: the opt-in waits for review by someone else. */
async function keyOptInAwaitingReview(browser: Browser): Promise<string> {
  const caseworker = await createFreshStaff("caseworker");
  const keyer = await (await browser.newContext()).newPage();
  try {
    await keyer.goto("/staff/sign-in");
    await signInFreshStaff(keyer, caseworker, "Back office");
    const office = new StaffBackOffice(keyer);
    const person = { givenName: "Ines", familyName: `Reviewed${randomInt(1e7)}`, dateOfBirth: "21/01/1981", nhsNumber: randomNhsNumber() } as const;
    await office.keyPaperDecision({ ...person, choice: "Opt-out", decidedOn: "01/05/2026", receivedOn: "03/05/2026", formReference: `PF-${randomInt(1e6)}` });
    const reference = await office.keyPaperDecision({ ...person, choice: "Opt-in", decidedOn: "01/06/2026", receivedOn: "03/06/2026", formReference: `PF-${randomInt(1e6)}` });
    expect(await latestStatus(reference)).toBe("AWAITING_REVIEW");
    return reference;
  } finally {
    await keyer.context().close();
  }
}

/** Signed in as this supervisor, the review page of the decision with this reference, opened from the review list. */
async function openReview(page: Page, supervisor: FreshStaff, reference: string): Promise<string> {
  await page.goto("/staff/sign-in");
  await signInFreshStaff(page, supervisor, "Back office");
  await page.goto("/staff/review");
  await page.getByRole("link", { name: new RegExp(`^${reference}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review decision ${reference}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("with JavaScript", () => {
  test("a review decision sent after the session ended is kept, and comes back with its reason, not sent, after signing in again", async ({ page, browser, expectAccessible }) => {
    const reference = await keyOptInAwaitingReview(browser);
    const supervisor = await createFreshStaff("supervisor");
    const reviewPage = await openReview(page, supervisor, reference);
    await expectAccessible();
    const reason = `We rang the person on ${randomInt(1e6)} and they did not ask to opt back in.`;
    await page.getByLabel("Reason").fill(reason);

    await idleFor(supervisor, 31);
    await page.getByRole("button", { name: "Reject and withdraw" }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in\?form=kept$/);
    await expect(page.getByRole("status")).toContainText(KEPT);
    await expectAccessible();
    expect(await latestStatus(reference)).toBe("AWAITING_REVIEW");

    await signInFreshStaff(page, supervisor, `Review decision ${reference}`);
    expect(new URL(page.url()).pathname).toBe(reviewPage);
    await expect(page).toHaveURL(/\?draft=[0-9a-f-]{36}$/);
    await expect(page.getByTestId("draft-notice")).toContainText("This is the form you were sending when your session ended. Nothing has been recorded yet: check it, then reject and withdraw the decision, or accept it.");
    await expect(page.getByLabel("Reason")).toHaveValue(reason);
    await expectAccessible();
    expect(await latestStatus(reference)).toBe("AWAITING_REVIEW");

    await page.getByRole("button", { name: "Reject and withdraw" }).click();
    await expect(page.getByRole("status")).toContainText(`Decision ${reference} rejected and withdrawn.`);
    await expectAccessible();
    expect(await latestStatus(reference)).toBe("WITHDRAWN");
  });

  test("a kept review form is given back only to its own account", async ({ page, browser, expectAccessible }) => {
    const reference = await keyOptInAwaitingReview(browser);
    const supervisor = await createFreshStaff("supervisor");
    const other = await createFreshStaff("supervisor");
    const reviewPage = await openReview(page, supervisor, reference);
    const reason = `Not for anyone else ${randomInt(1e9)}`;
    await page.getByLabel("Reason").fill(reason);
    await idleFor(supervisor, 31);
    await page.getByRole("button", { name: "Reject and withdraw" }).click();
    await expect(page.getByRole("status")).toContainText(KEPT);
    const draftId = await withE2eDatabase(async (db) =>
      (await db.query("SELECT d.id FROM staff_form_draft d JOIN staff_user u ON u.id = d.user_id WHERE u.email = $1", [supervisor.email])).rows[0]?.id as string,
    );
    expect(draftId).toBeTruthy();

    // Another supervisor signing in on this browser lands on the back office home, and the address gives them nothing.
    await signInFreshStaff(page, other, "Back office");
    await page.goto(`${reviewPage}?draft=${draftId}`);
    await expect(page.getByTestId("draft-notice")).toContainText("There is no form to bring back");
    await expect(page.getByLabel("Reason")).toHaveValue("");
    await expectAccessible();

    // Still there for its own account, on its own page.
    const own = await (await browser.newContext()).newPage();
    try {
      await own.goto("/staff/sign-in");
      await signInFreshStaff(own, supervisor, `Review decision ${reference}`);
      await expect(own.getByLabel("Reason")).toHaveValue(reason);
      await expectNoAccessibilityViolations(own);
    } finally {
      await own.context().close();
    }
    expect(await latestStatus(reference)).toBe("AWAITING_REVIEW");
  });
});
