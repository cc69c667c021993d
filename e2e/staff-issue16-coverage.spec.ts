import { randomInt } from "node:crypto";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Issue 16's numbered points that no other browser test showed as staff meet
// them: NHS-style times at midday and just after midnight (point 5), and
// Disable asking first (point 7). Other points: e2e/keying.spec.ts (1, 2),
// consent-rule.spec.ts and staff.spec.ts (4), staff-references.spec.ts (5, the
// 403 page of 7), audit-viewer.spec.ts (6), legacy-import.spec.ts and
// staff.spec.ts (7).

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

test("imported decisions made at midday and at five past midnight show as 'midday' and '12:05am'", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("supervisor");
  const [atMidday, afterMidnight] = [randomNhsNumber(), randomNhsNumber()];
  const surname = `Clock${randomInt(1_000_000)}`;
  // A CareMyWay extract: EVENT_DATE is UK time (summer time here).
  const file = Buffer.from([
    "NHS_NUMBER,SURNAME,FORENAMES,DATE_OF_BIRTH,POSTCODE,PRACTICE_CODE,READ_CODE,EVENT_DATE,ENTERED_BY",
    `${atMidday},${surname},Noon,17/05/1970,N1 1AA,F83001,93C1.,15/06/2019 12:00,JSMITH`,
    `${afterMidnight},${surname},Night,18/05/1970,N1 1AA,F83001,93C1.,16/06/2019 00:05,JSMITH`,
    "TOTAL_ROWS=2",
  ].join("\r\n") + "\r\n", "latin1");
  await page.goto("/staff/imports");
  await page.getByRole("radio", { name: /^CareMyWay/ }).check();
  await page.getByLabel("Legacy extract").setInputFiles({ name: `clock-${surname}.csv`, mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check the import report" })).toBeVisible();
  await page.getByRole("button", { name: "Commit this import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import committed" })).toBeVisible();

  await page.goto(`/staff/people/${atMidday}`);
  await expect(page.getByTestId("current-state")).toContainText("From the decision made 15 June 2019 at midday");
  await expect(page.getByTestId("decision-card").getByRole("heading", { level: 3 })).toHaveText("Opt-out on 15 June 2019 at midday – In effect");
  await expect(page.getByText(/\b(0|12):00pm\b/)).toHaveCount(0);
  await expectAccessible();

  await page.goto(`/staff/people/${afterMidnight}`);
  await expect(page.getByTestId("decision-card").getByRole("heading", { level: 3 })).toHaveText("Opt-out on 16 June 2019 at 12:05am – In effect");
  await expect(page.getByText(/\b0:05am\b/)).toHaveCount(0);
  await expectAccessible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a proxy's form keyed without the proxy's details gets every error at once, in staff words, naming each field", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("caseworker");
    await page.goto("/staff/key");
    await page.getByRole("radio", { name: "Paper form" }).check();
    await page.getByRole("radio", { name: "Opt-out" }).check();
    await page.getByLabel("Date of the decision").fill("31/02/2026");
    await page.getByLabel("Given name").fill("Pia");
    await page.getByLabel("Family name").fill(`Proxyless${randomInt(1e6)}`);
    await page.getByLabel("Date of birth").fill("01/01/1940");
    await page.getByRole("radio", { name: "Attorney (lasting power of attorney)" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    for (const message of [
      "Enter the name of the person acting for them",
      "Enter their relationship to the person",
      "Enter the form reference printed at the top of the paper form",
      "Select whether the paper form is signed",
    ]) {
      await expect(summary).toContainText(message);
    }
    // The decision's date is a date: its error names it and never speaks of a time, or to the resident.
    await expect(summary).toContainText(/date of the decision/i);
    await expect(summary).not.toContainText(/date and time|\byour?\b|Enter your full name/i);
    await expectAccessible();
  });

  test("Disable asks first: the account is disabled only by the answer to the question", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("admin");
    await page.goto("/staff/staff-members");
    const caseworker = StaffBackOffice.account("caseworker").email;
    // Exactly this account's row: another account's address can contain this one (sso.caseworker@…).
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: caseworker, exact: true }) });
    const yes = row.getByRole("button", { name: new RegExp(`^Yes, disable ${caseworker.replace(/[.]/g, "\\.")}`) });
    await expect(yes).toBeHidden();
    await row.locator("summary", { hasText: "Disable" }).click();
    await expect(row.getByText(`Disable ${caseworker}? They are signed out at once and cannot sign in until an admin re-enables the account.`)).toBeVisible();
    await expect(yes).toBeVisible();
    await expectAccessible();
    // Not answered: the account still works (and other tests still sign in with it).
    await expect(row).not.toContainText("Disabled");
  });
});
