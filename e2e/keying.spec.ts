import { randomInt } from "node:crypto";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { DOWNLOADS } from "../lib/content/routes";
import { generatePaperFormReference } from "../lib/pdf/render-paper-form-pdf";
import { readCode128 } from "../lib/pdf/testing/read-barcode";
import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Keying at the speed of the post room (issue 16 points 1 and 2): the form as a
// caseworker meets it with the keyboard. npm run bench:keying measures the speed.

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const todayInLondon = () =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

test("the NHS number comes first and focused, is checked as typed with the person's state beside it, answers are kept for the next form and Enter records", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  const nhsNumberField = page.getByLabel("NHS number (if known)");
  await expect(nhsNumberField).toBeFocused();
  await expect(page.getByLabel("Date received")).toHaveValue(todayInLondon());
  await expectAccessible();

  // A wrong check digit is caught as it is typed, before anything is sent.
  const nhsNumber = randomNhsNumber();
  const wrongCheckDigit = `${nhsNumber.slice(0, 9)}${(Number(nhsNumber[9]) + 1) % 10}`;
  await page.keyboard.type(wrongCheckDigit);
  await expect(page.getByTestId("nhs-number-check")).toContainText("Check the NHS number: NHS number is not valid");
  await expectAccessible();
  await nhsNumberField.fill("");
  await page.keyboard.type(nhsNumber);
  await expect(page.getByTestId("nhs-number-check")).toContainText("Valid NHS number. No decisions recorded: taking part.");

  // Every error at once, in staff words, each naming its field.
  await page.getByRole("radio", { name: "Paper form" }).check();
  await page.getByRole("button", { name: "Record decision" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  for (const message of [
    "Select the decision: opt-out or opt-in",
    "Enter the date of the decision, like 27/03/2026",
    "Enter the form reference printed at the top of the paper form",
    "Enter the person's given name",
    "Enter the person's family name",
    "Enter the person's date of birth, like 27/03/1980",
    "Select whether the paper form is signed",
    "Select who made the decision",
  ]) {
    await expect(summary).toContainText(message);
  }
  await expect(summary).not.toContainText(/\byour?\b/i);
  await expectAccessible();

  // The first form of the sitting, keyed with the keyboard only and recorded with Enter.
  const familyName = `Keyer${randomInt(1e6)}`;
  const printed = generatePaperFormReference();
  await page.goto("/staff/key");
  await expect(nhsNumberField).toBeFocused();
  await page.keyboard.type(nhsNumber);
  await page.keyboard.press("Tab");
  await page.keyboard.press(" ");
  await expect(page.getByRole("radio", { name: "Opt-out" })).toBeChecked();
  for (const value of ["011126", printed.replace(/^PF-/, "").replace(/-/g, ""), "17051970", "Amina", familyName]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(value);
  }
  await page.getByRole("radio", { name: "Paper form" }).check();
  await page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: "The person themself" }).check();
  // The keyer's own choice, kept for the next forms of the sitting.
  await page.getByLabel("Move on by itself when an answer is complete").check();
  await page.getByLabel("Family name").press("Enter");
  await expect(page.getByRole("status")).toContainText("The opt-out is in effect now.");
  await expect(nhsNumberField).toBeFocused();

  // The next form remembers how forms are arriving, and shows this person's opt-out beside the number.
  await expect(page.getByRole("radio", { name: "Paper form" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "The person themself" })).toBeChecked();
  // Keyed without touching the language: an English form, recorded and kept as English (e2e/keying-language.spec.ts keys others).
  await expect(page.getByRole("group", { name: "Language of the form" }).getByRole("radio", { name: "English", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Opt-out" })).not.toBeChecked();
  await page.keyboard.type(nhsNumber);
  await expect(page.getByTestId("nhs-number-check")).toContainText("Opted out since 1 November 2026.");
  await expect(page.getByTestId("nhs-number-check")).toContainText(/Latest decision: Opt-out on 1 November 2026, Paper form, [A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3} \(in effect\)/);
  await expectAccessible();

  // Stored as printed, and each lookup is in the audit log.
  const stored = await withE2eDatabase(async (db) => {
    const keyed = await db.query("SELECT k.form_reference, d.language FROM keyed_decision k JOIN decision d ON d.id = k.decision_id WHERE d.nhs_number = $1", [nhsNumber]);
    const lookups = await db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.lookup' AND nhs_number = $1", [nhsNumber]);
    return { references: keyed.rows.map((r) => r.form_reference as string), languages: keyed.rows.map((r) => r.language as string), lookups: lookups.rows[0].n as number };
  });
  expect(stored.references).toEqual([printed]);
  expect(stored.languages).toEqual(["en"]);
  expect(stored.lookups).toBeGreaterThanOrEqual(2);
});

test("with \"Move on by itself\" ticked, a standard form needs no Tab until the names, and the date of the decision can be its day and month", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  const nhsNumberField = page.getByLabel("NHS number (if known)");
  await expect(nhsNumberField).toBeFocused();
  // Off until the keyer ticks it: focus stays on a complete NHS number.
  const first = randomNhsNumber();
  await page.keyboard.type(first);
  await expect(page.getByTestId("nhs-number-check")).toContainText("Valid NHS number.");
  await expect(nhsNumberField).toBeFocused();
  await page.getByLabel("Move on by itself when an answer is complete").check();
  await nhsNumberField.fill("");
  await nhsNumberField.focus();

  // A wrong check digit does not move on; the right one does, onto the decision.
  const wrong = `${first.slice(0, 9)}${(Number(first[9]) + 1) % 10}`;
  await page.keyboard.type(wrong);
  await expect(page.getByTestId("nhs-number-check")).toContainText("NHS number is not valid");
  await expect(nhsNumberField).toBeFocused();
  await nhsNumberField.fill("");
  await page.keyboard.type(first);
  await expect(page.getByRole("radio", { name: "Opt-out" })).toBeFocused();
  await page.keyboard.press(" ");
  await expect(page.getByLabel("Date of the decision")).toBeFocused();
  await page.keyboard.type("0111");
  const formReference = page.getByLabel("Form reference (paper only)");
  await expect(formReference).toBeFocused();
  const printed = generatePaperFormReference();
  await page.keyboard.type(printed.replace(/^PF-/, "").replace(/-/g, ""));
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  await page.keyboard.type("17051970");
  await expect(page.getByLabel("Given name")).toBeFocused();
  const familyName = `Quick${randomInt(1e6)}`;
  await page.keyboard.type("Amina");
  await page.keyboard.press("Tab");
  await page.keyboard.type(familyName);
  await page.getByRole("radio", { name: "Paper form" }).check();
  await page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: "The person themself" }).check();
  await page.getByLabel("Family name").press("Enter");
  await expect(page.getByRole("status")).toContainText("The opt-out is in effect now.");
  await expect(nhsNumberField).toBeFocused();
  await expect(page.getByLabel("Move on by itself when an answer is complete")).toBeChecked();
  await expectAccessible();

  // "0111" is the latest 1 November that is not in the future.
  const now = new Date();
  const thisYear = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric" }).format(now));
  const londonToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
  const expectedYear = `${thisYear}-11-01` <= londonToday ? thisYear : thisYear - 1;
  const decidedOn = await withE2eDatabase(async (db) => {
    const result = await db.query("SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d FROM decision WHERE nhs_number = $1 AND family_name = $2", [first, familyName]);
    return result.rows.map((r) => r.d as string);
  });
  expect(decidedOn).toEqual([`${expectedYear}-11-01`]);

  // A day and month that is never real is refused by the server, whatever the browser did.
  await page.getByLabel("Move on by itself when an answer is complete").uncheck();
  await page.getByLabel("Date of the decision").fill("3102");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Date of the decision must be a real date");
  await expectAccessible();
});

test("the form reference is scanned from the barcode on the downloaded paper form, and the scanner's typing moves on like a keyer's", async ({ page, expectAccessible }) => {
  // A resident's copy of the paper form, as the site serves it, printed and read as a handheld scanner does.
  const download = await page.request.get(DOWNLOADS.paperFormPdf);
  expect(download.status()).toBe(200);
  const scanned = readCode128(await download.body());
  expect(scanned).toMatch(/^PF-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}$/);

  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  await expect(page.getByText("Scan the barcode at the top of the paper form, or type the 9 characters after PF-")).toBeVisible();
  await page.getByLabel("Move on by itself when an answer is complete").check();
  const nhsNumber = randomNhsNumber();
  await page.getByLabel("NHS number (if known)").focus();
  await page.keyboard.type(nhsNumber);
  await page.keyboard.press(" ");
  await page.keyboard.type("0111");
  const formReference = page.getByLabel("Form reference (paper only)");
  await expect(formReference).toBeFocused();
  // A keyboard-wedge scanner types what it read, "PF-" and hyphens included, a character every few milliseconds.
  await page.keyboard.type(scanned!, { delay: 8 });
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  await expect(formReference).toHaveValue(scanned!);
  await page.keyboard.type("03041962");
  await page.keyboard.type("Kwame");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Mensah");
  await page.getByRole("radio", { name: "Paper form" }).check();
  await page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: "The person themself" }).check();
  await page.getByLabel("Family name").press("Enter");
  await expect(page.getByRole("status")).toContainText("The opt-out is in effect now.");
  await expectAccessible();
  const stored = await withE2eDatabase(async (db) => {
    const keyed = await db.query("SELECT k.form_reference FROM keyed_decision k JOIN decision d ON d.id = k.decision_id WHERE d.nhs_number = $1", [nhsNumber]);
    return keyed.rows.map((r) => r.form_reference as string);
  });
  expect(stored).toEqual([scanned]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form opens on the NHS number with today's date received, and one pass gives every error", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("caseworker");
    await page.goto("/staff/key");
    await expect(page.getByLabel("NHS number (if known)")).toHaveAttribute("autofocus", "");
    await expect(page.getByLabel("Date received")).toHaveValue(todayInLondon());
    await page.getByRole("radio", { name: "Paper form" }).check();
    await page.getByLabel("Date received").fill("31/02/2026");
    await page.getByRole("button", { name: "Record decision" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await expect(summary).toContainText("Date received must be a real date, like 27/03/2026");
    await expect(summary).toContainText("Enter the form reference printed at the top of the paper form");
    await expect(summary).toContainText("Select whether the paper form is signed");
    await expect(summary).toContainText("Enter the person's given name");
    await expectAccessible();
  });
});
