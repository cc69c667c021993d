import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  ABOUT_YOU,
  CONFIRM_EMAIL,
  DATE_OF_BIRTH,
  DECISION,
  EMAIL,
  EVIDENCE,
  GP_PRACTICE,
  NAME,
  NOT_ELIGIBLE,
  POSTCODE,
  WHO_FOR,
} from "../lib/content/choice";
import { DECISION_ERRORS } from "../lib/content/decision-errors";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { ChoiceJourneyPage } from "./pages/choice-journey-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Bad input on every question: each gets a specific message in the error
// summary and beside the field, the page passes axe in its error state, and
// nothing is recorded.

const files = mkdtempSync(path.join(tmpdir(), "choice-errors-e2e-"));
const RENAMED_PROGRAM = path.join(files, "passport.pdf");
// A Windows program's header, renamed to look like a PDF.
writeFileSync(RENAMED_PROGRAM, Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), Buffer.alloc(512)]));

/** A valid NHS number with its last digit changed, so only the check digit is wrong. */
function wrongCheckDigit(valid: string): string {
  return valid.slice(0, 9) + String((Number(valid[9]) + 1) % 10);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`bad input ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
  test.use({ javaScriptEnabled });
  test("every question explains bad input and nothing is recorded", async ({ page, expectAccessible }) => {
    test.setTimeout(180_000);
    const journey = new ChoiceJourneyPage(page, expectAccessible);
    const summary = journey.errorSummary;
    const expectErrors = async (...messages: string[]) => {
      await expect(summary.getByRole("link")).toHaveText(messages);
      for (const message of messages) await expect(page.locator(".nhsuk-error-message", { hasText: message })).toBeVisible();
      await expectAccessible();
    };
    const nhsNumber = generateTestNhsNumber();
    const email = `errors-${Date.now()}@example.org`;

    await journey.start("opt-out");
    await journey.continue();
    await expectErrors(WHO_FOR.errors.required);
    await page.getByRole("radio", { name: WHO_FOR.options[2].label }).check();
    await journey.continue();

    await journey.heading(ABOUT_YOU.title);
    await journey.continue();
    await expectErrors(ABOUT_YOU.errors.proxyNameRequired, ABOUT_YOU.errors.relationshipRequired);
    await page.getByLabel(ABOUT_YOU.proxyName.label).fill("x".repeat(201));
    await page.getByLabel(ABOUT_YOU.proxyRelationship.label).fill("<script>alert(1)</script>");
    await journey.continue();
    await expectErrors(ABOUT_YOU.errors.proxyNameTooLong, ABOUT_YOU.errors.relationshipCharacters);
    await page.getByLabel(ABOUT_YOU.proxyName.label).fill("Nguyễn Thị Minh Khai");
    await page.getByLabel(ABOUT_YOU.proxyRelationship.label).fill("Daughter");
    await journey.continue();

    await journey.heading(NAME.titleProxy);
    await journey.continue();
    await expectErrors(NAME.errors.givenNameRequired, NAME.errors.familyNameRequired);
    await page.getByLabel(NAME.givenName.label).fill("<script>alert('x')</script>");
    await page.getByLabel(NAME.familyName.label).fill("y".repeat(101));
    await journey.continue();
    await expectErrors(NAME.errors.givenNameCharacters, NAME.errors.familyNameTooLong);
    // Names in any script are accepted.
    await page.getByLabel(NAME.givenName.label).fill("王芳");
    await page.getByLabel(NAME.familyName.label).fill("Αλεξίου");
    await journey.continue();

    await journey.heading(DATE_OF_BIRTH.titleProxy);
    await journey.continue();
    await expectErrors(DATE_OF_BIRTH.errors.required);
    await page.getByLabel(DATE_OF_BIRTH.day).fill("31");
    await page.getByLabel(DATE_OF_BIRTH.month).fill("2");
    await page.getByLabel(DATE_OF_BIRTH.year).fill("1950");
    await journey.continue();
    await expectErrors(DATE_OF_BIRTH.errors.invalid);
    await page.getByLabel(DATE_OF_BIRTH.day).fill("1");
    await page.getByLabel(DATE_OF_BIRTH.year).fill(String(new Date().getUTCFullYear() + 1));
    await journey.continue();
    await expectErrors(DATE_OF_BIRTH.errors.future);
    await page.getByLabel(DATE_OF_BIRTH.year).fill("1950");
    await journey.continue();

    await page.getByLabel("NHS number (optional)").fill(wrongCheckDigit(nhsNumber));
    await journey.continue();
    await expectErrors(DECISION_ERRORS.nhsNumber.checkDigit);
    await page.getByLabel("NHS number (optional)").fill("12345");
    await journey.continue();
    await expectErrors(DECISION_ERRORS.nhsNumber.wrongLength);
    await page.getByLabel("NHS number (optional)").fill(nhsNumber);
    await journey.continue();

    await journey.heading(POSTCODE.titleProxy);
    await journey.continue();
    await expectErrors(POSTCODE.errors.required);
    await page.getByLabel(POSTCODE.label).fill("<b>N1</b>");
    await journey.continue();
    await expectErrors(DECISION_ERRORS.postcode.invalid);
    // Outside the five boroughs, with no GP practice there: told where to go instead.
    await page.getByLabel(POSTCODE.label).fill("M1 1AE");
    await journey.continue();
    await journey.heading(GP_PRACTICE.titleProxy);
    await journey.continue();
    await journey.heading(NOT_ELIGIBLE.title);
    await expect(page.getByRole("link", { name: NOT_ELIGIBLE.alternatives[0].text })).toBeVisible();
    await expectAccessible();
    // Registered with a practice in the area makes them eligible.
    await page.getByRole("link", { name: NOT_ELIGIBLE.changeGp }).click();
    await page.getByLabel(GP_PRACTICE.label).selectOption({ label: "Wood Green Family Practice" });
    await journey.continue();

    await journey.heading(EVIDENCE.title);
    await journey.continue();
    await expectErrors(EVIDENCE.errors.methodRequired);
    await page.getByRole("radio", { name: EVIDENCE.methods[0].label }).check();
    await journey.continue();
    await expectErrors(EVIDENCE.errors.fileRequired);
    await page.getByRole("radio", { name: EVIDENCE.methods[0].label }).check();
    await page.getByLabel(EVIDENCE.fileLabel).setInputFiles(RENAMED_PROGRAM);
    await journey.continue();
    await expectErrors(EVIDENCE.errors.fileWrongType);
    await page.getByRole("radio", { name: EVIDENCE.methods[1].label }).check();
    await journey.continue();

    await journey.heading(DECISION.title);
    await page.getByRole("radio", { name: DECISION.options[0].label }).check();
    await journey.continue();

    await journey.heading(EMAIL.title);
    await page.getByLabel(EMAIL.label).fill("");
    await page.getByRole("button", { name: EMAIL.sendButton }).click();
    await expectErrors(EMAIL.errors.required);
    await page.getByLabel(EMAIL.label).fill("not-an-email<script>");
    await page.getByRole("button", { name: EMAIL.sendButton }).click();
    await expectErrors(EMAIL.errors.invalid);
    await page.getByLabel(EMAIL.label).fill(`${"a".repeat(250)}@example.org`);
    await page.getByRole("button", { name: EMAIL.sendButton }).click();
    await expectErrors(EMAIL.errors.tooLong);
    await page.getByLabel(EMAIL.label).fill(email);
    await page.getByRole("button", { name: EMAIL.sendButton }).click();

    await journey.heading(CONFIRM_EMAIL.title);
    const code = await journey.readCode(email, new Set());
    await journey.continue();
    await expectErrors(CONFIRM_EMAIL.errors.required);
    await page.getByLabel(CONFIRM_EMAIL.label).fill("12ab");
    await journey.continue();
    await expectErrors(CONFIRM_EMAIL.errors.format);
    await page.getByLabel(CONFIRM_EMAIL.label).fill(code === "000000" ? "000001" : "000000");
    await journey.continue();
    await expectErrors(CONFIRM_EMAIL.errors.wrong);
    // Asking again at once is throttled.
    await page.getByRole("button", { name: CONFIRM_EMAIL.resendButton }).click();
    await expect(page.getByText(CONFIRM_EMAIL.errors.resendTooSoon)).toBeVisible();

    // Nothing was recorded for this person.
    const count = await withE2eDatabase(async (client) => (await client.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = $1", [nhsNumber])).rows[0].n);
    expect(count).toBe(0);
  });
  });
}
