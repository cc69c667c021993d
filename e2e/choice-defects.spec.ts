import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import {
  ABOUT_YOU,
  CHECK_ANSWERS,
  CONFIRM_EMAIL,
  CONFIRMATION,
  DATE_OF_BIRTH,
  DECISION,
  EMAIL,
  EVIDENCE,
  GP_PRACTICE,
  JOURNEYS,
  NAME,
  NHS_NUMBER,
  POSTCODE,
  RETURN_ADDRESS,
  WHO_FOR,
} from "../lib/content/choice";
import { SITE_TITLE } from "../lib/content/site";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { MAX_CODE_ATTEMPTS } from "../lib/otp/one-time-code";
import { MAX_FORM_BODY_BYTES } from "../lib/security/request-guard";
import { ChoiceJourneyPage } from "./pages/choice-journey-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Defects residents met in a real browser, each checked with and without
// JavaScript, with axe on every page: dates that did nothing, the title that
// disagreed with the heading, birthdays filled in from the wrong person, a
// large file that broke the evidence page, the missing postal address, the
// "Error: " title, the code error that vanished, and sideways scrolling at 320 px.

const files = mkdtempSync(path.join(tmpdir(), "choice-defects-e2e-"));
/** A scan larger than the site reads in one form: the browser cannot even send it. */
const HUGE_SCAN = path.join(files, "huge-scan.pdf");
writeFileSync(HUGE_SCAN, Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(MAX_FORM_BODY_BYTES + 1024 * 1024, 0x20)]));

const letters = () => Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
/** 42 characters, as a resident's real address can be. */
const longEmail = () => {
  const local = `long-${Date.now()}-${letters()}`;
  return `${local}${"x".repeat(42 - local.length - "@example.org".length)}@example.org`;
};

const documentTitle = (question: string, journey: keyof typeof JOURNEYS = "opt-out") => `${question} – ${JOURNEYS[journey].title} – ${SITE_TITLE}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`journey defects ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 180_000 });

    test("someone acting for another person: titles, dates, a too-large file, posted evidence, at 320 px wide", async ({ page, expectAccessible }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const noSidewaysScroll = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const showsErrors = async (...messages: string[]) => {
        await expect(journey.errorSummary.getByRole("link")).toHaveText(messages);
        for (const message of messages) await expect(page.locator(".nhsuk-error-message", { hasText: message })).toBeVisible();
        await expect(page).toHaveTitle(/^Error: /);
        await expectAccessible();
      };
      const email = longEmail();
      expect(email).toHaveLength(42);
      const nhsNumber = generateTestNhsNumber();

      await journey.start("opt-out");
      await page.getByRole("radio", { name: WHO_FOR.options[2].label }).check();
      await journey.continue();
      await journey.heading(ABOUT_YOU.title);
      await page.getByLabel(ABOUT_YOU.proxyName.label).fill("Pat Okafor");
      await page.getByLabel(ABOUT_YOU.proxyRelationship.label).fill("Son");
      await journey.continue();

      // The title asks the same question as the heading.
      await journey.heading(NAME.titleProxy);
      await expect(page).toHaveTitle(documentTitle(NAME.titleProxy));
      await expectAccessible();
      await page.getByLabel(NAME.givenName.label).fill("Ada");
      await page.getByLabel(NAME.familyName.label).fill(`Okafor-${letters()}`);
      await journey.continue();

      // Not the user's own birthday: the browser must not fill it in.
      await journey.heading(DATE_OF_BIRTH.titleProxy);
      await expect(page).toHaveTitle(documentTitle(DATE_OF_BIRTH.titleProxy));
      for (const box of [DATE_OF_BIRTH.day, DATE_OF_BIRTH.month, DATE_OF_BIRTH.year]) await expect(page.getByLabel(box)).toHaveAttribute("autocomplete", "off");
      await expectAccessible();
      // A month as a word, then a five-digit year: each gets its own message (WCAG 3.3.1).
      await page.getByLabel(DATE_OF_BIRTH.day).fill("14");
      await page.getByLabel(DATE_OF_BIRTH.month).fill("March");
      await page.getByLabel(DATE_OF_BIRTH.year).fill("1948");
      await journey.continue();
      await showsErrors(DATE_OF_BIRTH.errors.invalid);
      await expect(page).toHaveTitle(`Error: ${documentTitle(DATE_OF_BIRTH.titleProxy)}`);
      await page.getByLabel(DATE_OF_BIRTH.month).fill("3");
      await page.getByLabel(DATE_OF_BIRTH.year).fill("19480");
      await journey.continue();
      await showsErrors(DATE_OF_BIRTH.errors.yearFourDigits);
      await page.getByLabel(DATE_OF_BIRTH.month).fill("");
      await page.getByLabel(DATE_OF_BIRTH.year).fill("1948");
      await journey.continue();
      await showsErrors(DATE_OF_BIRTH.errors.missingMonth);
      await page.getByLabel(DATE_OF_BIRTH.month).fill("3");
      await journey.continue();

      await journey.heading(NHS_NUMBER.titleProxy);
      await expect(page).not.toHaveTitle(/^Error/);
      await page.getByLabel(NHS_NUMBER.label).fill(nhsNumber);
      await journey.continue();
      await journey.heading(POSTCODE.titleProxy);
      await page.getByLabel(POSTCODE.label).fill("N7 6LB");
      await journey.continue();
      await journey.heading(GP_PRACTICE.titleProxy);
      await journey.continue();

      // A scan over the limit, chosen and then "I will post a copy" selected.
      await journey.heading(EVIDENCE.title);
      await page.getByRole("radio", { name: EVIDENCE.methods[0].label }).check();
      await page.getByLabel(EVIDENCE.fileLabel).setInputFiles(HUGE_SCAN);
      if (javaScriptEnabled) {
        // Checked before sending: the limit residents are told.
        await journey.continue();
        await showsErrors(EVIDENCE.errors.fileTooBig);
      }
      await page.getByRole("radio", { name: EVIDENCE.methods[1].label }).check();
      await journey.continue();
      if (!javaScriptEnabled) {
        // The browser sends the file whatever is selected; the site cannot read a form that large, and says so on the question itself.
        await journey.heading(EVIDENCE.title);
        await showsErrors(EVIDENCE.errors.requestTooBig);
        await expect(page.locator("header.nhsuk-header")).toBeVisible();
        await expect(page.getByRole("link", { name: "Back" })).toBeVisible();
        await noSidewaysScroll();
        await page.getByRole("radio", { name: EVIDENCE.methods[1].label }).check();
        await journey.continue();
      }
      await journey.heading(DECISION.title);
      await expect(page.getByText("Sorry, there is a problem")).toHaveCount(0);
      await expectAccessible();
      await page.getByRole("radio", { name: DECISION.options[0].label }).check();
      await journey.continue();

      await journey.heading(EMAIL.title);
      await page.getByLabel(EMAIL.label).fill(email);
      await noSidewaysScroll();
      await page.getByRole("button", { name: EMAIL.sendButton }).click();
      await journey.heading(CONFIRM_EMAIL.title);
      await noSidewaysScroll();
      await expectAccessible();
      await journey.enterCode(await journey.readCode(email, new Set()));

      await journey.heading(CHECK_ANSWERS.title);
      await expect(page.getByText(CHECK_ANSWERS.evidencePost)).toBeVisible();
      await noSidewaysScroll();
      await journey.submit();

      // Where to post the evidence, and the reference to quote: on the page and in the email.
      await journey.heading(CONFIRMATION.title.OPT_OUT);
      await noSidewaysScroll();
      await expectAccessible();
      const reference = formatReferenceNumber(await journey.reference());
      await expect(page.getByTestId("postal-address")).toHaveText(RETURN_ADDRESS.join(""));
      await expect(page.getByText(CONFIRMATION.postEvidence.quoteReference(reference))).toBeVisible();
      const mail = await journey.confirmationEmail(email, reference);
      for (const line of RETURN_ADDRESS) expect(mail.text).toContain(line);
      expect(mail.text).toContain(CONFIRMATION.postEvidence.quoteReference(reference));
      expect(mail.text).toContain("Made by: Pat Okafor, who holds a lasting power of attorney for health and welfare for them");

      // The evidence is expected by post; no file was kept.
      const evidence = await withE2eDatabase(async (client) =>
        (await client.query("SELECT e.method, e.content IS NULL AS no_file FROM decision_evidence e JOIN decision d ON d.id = e.decision_id WHERE d.nhs_number = $1", [nhsNumber])).rows,
      );
      expect(evidence).toEqual([{ method: "POST", no_file: true }]);
    });

    test("a resident answering for themselves: their own birthday, and the code error that stays true after asking for a new code", async ({ page, expectAccessible }) => {
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const email = `tries-${Date.now()}-${letters()}@example.org`;
      await journey.start("opt-in");
      await page.getByRole("radio", { name: WHO_FOR.options[0].label }).check();
      await journey.continue();
      await journey.heading(NAME.titleSelf);
      await expect(page).toHaveTitle(documentTitle(NAME.titleSelf, "opt-in"));
      await page.getByLabel(NAME.givenName.label).fill("Zoë");
      await page.getByLabel(NAME.familyName.label).fill(`Tries-${letters()}`);
      await journey.continue();

      await journey.heading(DATE_OF_BIRTH.titleSelf);
      await expect(page.getByLabel(DATE_OF_BIRTH.day)).toHaveAttribute("autocomplete", "bday-day");
      await expect(page.getByLabel(DATE_OF_BIRTH.month)).toHaveAttribute("autocomplete", "bday-month");
      await expect(page.getByLabel(DATE_OF_BIRTH.year)).toHaveAttribute("autocomplete", "bday-year");
      await page.getByLabel(DATE_OF_BIRTH.day).fill("17");
      await page.getByLabel(DATE_OF_BIRTH.month).fill("5");
      await page.getByLabel(DATE_OF_BIRTH.year).fill("1970");
      await journey.continue();
      await journey.heading(NHS_NUMBER.titleSelf);
      await journey.continue();
      await journey.heading(POSTCODE.titleSelf);
      await page.getByLabel(POSTCODE.label).fill("N1 1AA");
      await journey.continue();
      await journey.heading(GP_PRACTICE.titleSelf);
      await journey.continue();
      await journey.heading(DECISION.title);
      await page.getByRole("radio", { name: DECISION.options[1].label }).check();
      await journey.continue();
      await journey.heading(EMAIL.title);
      await page.getByLabel(EMAIL.label).fill(email);
      await page.getByRole("button", { name: EMAIL.sendButton }).click();

      await journey.heading(CONFIRM_EMAIL.title);
      await expect(page).not.toHaveTitle(/^Error/);
      const code = await journey.readCode(email, new Set());
      const wrong = code === "000000" ? "000001" : "000000";
      for (let attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt++) {
        await page.getByLabel(CONFIRM_EMAIL.label).fill(wrong);
        await journey.continue();
        await expect(page.locator(".nhsuk-error-message", { hasText: attempt < MAX_CODE_ATTEMPTS ? CONFIRM_EMAIL.errors.wrong : CONFIRM_EMAIL.errors.tooManyAttempts })).toBeVisible();
      }
      await expect(page).toHaveTitle(`Error: ${documentTitle(CONFIRM_EMAIL.title, "opt-in")}`);
      await expectAccessible();

      // Asking again straight away is refused, and the used-up code is still reported: nothing suggests trying it again.
      await page.getByRole("button", { name: CONFIRM_EMAIL.resendButton }).click();
      await expect(journey.errorSummary).toContainText(CONFIRM_EMAIL.errors.resendTooSoon);
      await expect(journey.errorSummary.getByRole("link")).toHaveText([CONFIRM_EMAIL.errors.tooManyAttempts]);
      await expect(page.locator(".nhsuk-error-message", { hasText: CONFIRM_EMAIL.errors.tooManyAttempts })).toBeVisible();
      await expect(page).toHaveTitle(/^Error: /);
      await expectAccessible();
    });
  });
}
