import { randomInt } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expectNoAccessibilityViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Issue 16 point 5: "After tracing, the decision keeps the reference the caseworker
// clicked". A paper opt-in keyed without an NHS number, traced to someone who had
// opted out, waits for review; the supervisor's review, accepted or rejected, is
// told under the reference the decision was received with, never the tracing
// entry's own.

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const familyName = () => `Retraced${randomInt(1_000_000, 9_999_999)}`;

/** The caseworker keys an opt-out for the person (in effect), then a paper opt-in without the NHS number, and traces it: waiting for review. */
async function keyAndTraceOptIn(caseworker: StaffBackOffice, check: () => Promise<void>): Promise<{ received: string; tracingEntry: string }> {
  const page = caseworker.page;
  const nhsNumber = randomNhsNumber();
  const name = familyName();
  await caseworker.keyPaperDecision({
    choice: "Opt-out", givenName: "Yusuf", familyName: name, dateOfBirth: "12/12/1958", decidedOn: "01/05/2026", receivedOn: "03/05/2026", formReference: `PF-${randomInt(1e6)}`, nhsNumber,
  });
  const received = await caseworker.keyPaperDecision({
    choice: "Opt-in", givenName: "Yusuf", familyName: name, dateOfBirth: "12/12/1958", decidedOn: "01/06/2026", receivedOn: "03/06/2026", formReference: `PF-${randomInt(1e6)}`,
  });
  await page.goto("/staff/tracing");
  await page.getByRole("link", { name: new RegExp(received) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Trace decision ${received}` })).toBeVisible();
  await page.getByLabel("NHS number").fill(nhsNumber);
  await page.getByRole("button", { name: "Record NHS number" }).click();
  await expect(page.getByRole("status")).toContainText(`Decision ${received} now belongs to NHS number`);
  await expect(page.getByRole("status")).toContainText("It is waiting for review");
  await check();
  const tracingEntry = await withE2eDatabase(async (db) =>
    (await db.query("SELECT c.reference FROM decision c JOIN decision o ON o.id = c.corrects_id WHERE o.reference = $1", [received])).rows[0]?.reference as string,
  );
  expect(tracingEntry).toMatch(/^[0-9A-Z]{9}$/);
  expect(tracingEntry).not.toBe(received);
  return { received, tracingEntry };
}

async function openAsSupervisor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new StaffBackOffice(page).signIn("supervisor");
  return page;
}

/** From the review list, where it is listed under the reference it was received with. */
async function openReview(supervisor: Page, received: string, tracingEntry: string): Promise<void> {
  await supervisor.goto("/staff/review");
  await expect(supervisor.getByRole("link", { name: new RegExp(tracingEntry) })).toHaveCount(0);
  await supervisor.getByRole("link", { name: new RegExp(`^${received}`) }).click();
  await expect(supervisor.getByRole("heading", { level: 1, name: `Review decision ${received}` })).toBeVisible();
  await expectNoAccessibilityViolations(supervisor);
}

test("a traced opt-in rejected on review is reported under the reference it was received with", async ({ page, browser, expectAccessible }) => {
  const caseworker = new StaffBackOffice(page);
  await caseworker.signIn("caseworker");
  const { received, tracingEntry } = await keyAndTraceOptIn(caseworker, expectAccessible);

  const supervisor = await openAsSupervisor(browser);
  try {
    await openReview(supervisor, received, tracingEntry);
    await supervisor.getByLabel("Reason").fill("We called the number on the form and the person did not ask for this.");
    await supervisor.getByRole("button", { name: "Reject and withdraw" }).click();
    const status = supervisor.getByRole("status");
    await expect(status).toContainText(`Decision ${received} rejected and withdrawn.`);
    // No email address was given on the form: the message says so rather than claiming an email went.
    await expect(status).toContainText("We have no email address for the person who made it");
    await expect(status).not.toContainText(tracingEntry);
    await expectNoAccessibilityViolations(supervisor);
  } finally {
    await supervisor.context().close();
  }
  // Rejected as received: it does not come back to be traced again.
  await page.goto("/staff/tracing");
  await expect(page.getByRole("link", { name: new RegExp(received) })).toHaveCount(0);
});

test("a traced opt-in found on review to be the wrong person goes back on the tracing worklist, and nobody is told it was rejected", async ({ page, browser, expectAccessible }) => {
  const caseworker = new StaffBackOffice(page);
  await caseworker.signIn("caseworker");
  const { received, tracingEntry } = await keyAndTraceOptIn(caseworker, expectAccessible);

  const supervisor = await openAsSupervisor(browser);
  try {
    await openReview(supervisor, received, tracingEntry);
    await expect(supervisor.getByRole("heading", { level: 2, name: "Traced to the wrong person" })).toBeVisible();
    // One pass: the reason is needed, and nothing changes without it.
    await supervisor.getByRole("button", { name: "Send back for tracing" }).click();
    await expect(supervisor.locator(".nhsuk-error-summary")).toContainText("Enter why the decision was traced to the wrong person");
    await expectNoAccessibilityViolations(supervisor);
    await supervisor.getByLabel("Why it is the wrong person").fill("The date of birth on the form is not this person's.");
    await supervisor.getByRole("button", { name: "Send back for tracing" }).click();
    const status = supervisor.getByRole("status");
    await expect(status).toContainText(`Decision ${received} is back on the tracing worklist`);
    await expect(status).toContainText("Nobody has been emailed.");
    await expect(supervisor.getByRole("link", { name: new RegExp(`^${received}`) })).toHaveCount(0);
    await expectNoAccessibilityViolations(supervisor);
  } finally {
    await supervisor.context().close();
  }
  await page.goto("/staff/tracing");
  await expect(page.getByRole("link", { name: new RegExp(received) })).toHaveCount(1);
  await expectAccessible();
});

test("a traced opt-in accepted on review is reported under the reference it was received with", async ({ page, browser, expectAccessible }) => {
  const caseworker = new StaffBackOffice(page);
  await caseworker.signIn("caseworker");
  const { received, tracingEntry } = await keyAndTraceOptIn(caseworker, expectAccessible);

  const supervisor = await openAsSupervisor(browser);
  try {
    await openReview(supervisor, received, tracingEntry);
    await supervisor.getByRole("button", { name: "Accept" }).click();
    const status = supervisor.getByRole("status");
    await expect(status).toContainText(`Decision ${received} accepted.`);
    await expect(status).not.toContainText(tracingEntry);
    await expectNoAccessibilityViolations(supervisor);
  } finally {
    await supervisor.context().close();
  }
});
