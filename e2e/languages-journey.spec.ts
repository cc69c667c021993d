import type { Page } from "@playwright/test";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { emailLineText } from "../lib/content/email-layout";
import { contentFor } from "../lib/content/locales";
import { siteLinksFor } from "../lib/email/site-links";
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../lib/i18n/locales";
import { PUBLISHED_LOCALES } from "../lib/i18n/published";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { NhsLoginPage } from "./pages/nhs-login-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";

// The opt-out journey in every published language other than English, with
// and without JavaScript (issue #17: "A browser test completes the opt-out
// journey in each of the ... non-English locales, with and without
// JavaScript, with axe on every page, and the confirmation email arrives in
// that language"). A locale joins this test by being published
// (lib/i18n/published.ts). Every page: axe, <html lang>, and the address
// keeps the language's prefix; one question is sent empty to see its error in
// the language; the confirmation page and email are in the language, and the
// register records the language the decision was made in.

const LOCALES = PUBLISHED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const ENGLISH = contentFor(DEFAULT_LOCALE).choice;

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the opt-out journey in every language ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    // A whole journey with axe on every page (twice a page without JavaScript).
    test.describe.configure({ timeout: 240_000 });

    for (const locale of LOCALES) {
      test(`${LOCALE_INFO[locale].englishName} (${locale})`, async ({ page, expectAccessible }) => {
        await optOutIn(locale, page, expectAccessible);
      });
    }
  });
}

// NHS login sends everyone back to one callback address: the resident still
// lands in the language they started in, through to check your choice. One
// language with JavaScript and another without, to keep the run short.
for (const [javaScriptEnabled, locale] of [
  [true, LOCALES[0]!],
  [false, LOCALES[LOCALES.length - 1]!],
] as const) {
  test.describe(`NHS login in ${LOCALE_INFO[locale].englishName} ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 180_000 });

    test(`comes back to ${LOCALE_INFO[locale].prefix} and finishes the journey in ${locale}`, async ({ page, expectAccessible }) => {
      const content = contentFor(locale);
      const W = content.choice;
      const { prefix, htmlLang } = LOCALE_INFO[locale];
      const email = `nhs-login-${locale}-${unique()}@example.org`;
      const nhsNumber = generateTestNhsNumber();
      const familyName = `Journey${Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;
      const inLanguage = async (path: string, heading: string) => {
        await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${prefix}${path}(\\?|$)`));
        await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
        await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
        await expect(page).toHaveTitle(/\S/);
        await expectAccessible();
      };

      await page.goto(`${prefix}/choice/opt-out`);
      await inLanguage("/choice/opt-out", W.JOURNEYS["opt-out"].title);
      await page.getByRole("button", { name: content.nhsLogin.NHS_LOGIN_START.button, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Sign in as a test person" })).toBeVisible();
      await new NhsLoginPage(page, expectAccessible).signInAsSomeoneElse({ givenName: "Jo", familyName, nhsNumber, birthdate: "1968-11-20", email });

      // Back from NHS login, in the language the sign-in began in.
      await inLanguage("/choice/opt-out/postcode", W.POSTCODE.titleSelf);
      await page.getByLabel(W.POSTCODE.label, { exact: true }).fill("N1 1AA");
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await inLanguage("/choice/opt-out/gp-practice", W.GP_PRACTICE.titleSelf);
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await inLanguage("/choice/opt-out/decision", W.DECISION.title);
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await inLanguage("/choice/opt-out/check-answers", W.CHECK_ANSWERS.title);
      // NHS login's answers, read-only, in the language: who, and the date of birth in its date words.
      const summary = page.locator(".nhsuk-summary-list");
      await expect(summary).toContainText(content.nhsLogin.NHS_LOGIN_DETAILS.madeBy);
      await expect(summary).toContainText(content.dates.formatCalendarDate(new Date("1968-11-20T00:00:00Z")));
      await page.getByRole("button", { name: W.CHECK_ANSWERS.submit, exact: true }).click();
      await inLanguage("/choice/opt-out/confirmation", W.CONFIRMATION.title.OPT_OUT);
      const reference = ((await page.getByTestId("reference-number").textContent()) ?? "").trim();
      const mail = await waitForCapturedMail((m) => m.to.includes(email) && m.subject.includes(reference));
      expect(mail.subject).toBe(W.CHOICE_EMAILS.confirmationSubject(reference));
      expect(mail.html).toContain(`<html lang="${htmlLang}">`);

      // Check your choice, in the language: the current choice in its words.
      const C = content.nhsLogin.CHECK_YOUR_CHOICE;
      await page.goto(`${prefix}/check-your-choice`);
      await inLanguage("/check-your-choice", C.title);
      await expect(page.getByTestId("current-choice")).toContainText(C.current["opted-out"]);
    });
  });
}

async function optOutIn(locale: Locale, page: Page, expectAccessible: () => Promise<void>): Promise<void> {
  const content = contentFor(locale);
  const W = content.choice;
  const { prefix, htmlLang } = LOCALE_INFO[locale];
  const email = `resident-${locale}-${unique()}@example.org`;
  const nhsNumber = generateTestNhsNumber();
  const familyName = `Test-${Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;

  /** The page is in the language: its address, <html lang>, its heading, and axe. */
  const onPage = async (step: string, heading: string) => {
    await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${prefix}/choice/opt-out${step ? `/${step}` : ""}(\\?|$)`));
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
    // Next.js streams the title after the page: wait for it before checking the page with axe.
    await expect(page).toHaveTitle(/\S/);
    await expectAccessible();
  };
  const continueButton = () => page.getByRole("button", { name: W.COMMON.continue, exact: true });

  await page.goto(`${prefix}/choice/opt-out`);
  await onPage("", W.JOURNEYS["opt-out"].title);
  await page.getByRole("button", { name: W.START_PAGE.startButton, exact: true }).click();

  // Who for: first sent empty, to see the error in the language (the browser's check with JavaScript, the server's without).
  await onPage("who-for", W.WHO_FOR.title);
  await continueButton().click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading")).toHaveText(W.COMMON.errorSummaryHeading);
  await expect(summary.getByRole("link", { name: W.WHO_FOR.errors.required, exact: true })).toBeVisible();
  await expect(summary).not.toContainText(ENGLISH.WHO_FOR.errors.required);
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(content.site.ERROR_MESSAGE_PREFIX)}`));
  await onPage("who-for", W.WHO_FOR.title);
  await page.getByRole("radio", { name: W.WHO_FOR.options[0]!.label, exact: true }).check();
  await continueButton().click();

  await onPage("name", W.NAME.titleSelf);
  await page.getByLabel(W.NAME.givenName.label, { exact: true }).fill("Zoë");
  await page.getByLabel(W.NAME.familyName.label, { exact: true }).fill(familyName);
  await continueButton().click();

  await onPage("date-of-birth", W.DATE_OF_BIRTH.titleSelf);
  await page.getByLabel(W.DATE_OF_BIRTH.day, { exact: true }).fill("17");
  await page.getByLabel(W.DATE_OF_BIRTH.month, { exact: true }).fill("5");
  await page.getByLabel(W.DATE_OF_BIRTH.year, { exact: true }).fill("1970");
  await continueButton().click();

  await onPage("nhs-number", W.NHS_NUMBER.titleSelf);
  await page.getByLabel(W.NHS_NUMBER.label, { exact: true }).fill(nhsNumber);
  await continueButton().click();

  await onPage("postcode", W.POSTCODE.titleSelf);
  await page.getByLabel(W.POSTCODE.label, { exact: true }).fill("n1 1aa");
  await continueButton().click();

  await onPage("gp-practice", W.GP_PRACTICE.titleSelf);
  await continueButton().click();

  await onPage("decision", W.DECISION.title);
  await page.getByRole("radio", { name: W.DECISION.options[0]!.label, exact: true }).check();
  await continueButton().click();

  await onPage("email", W.EMAIL.title);
  await page.getByLabel(W.EMAIL.label, { exact: true }).fill(email);
  await page.getByRole("button", { name: W.EMAIL.sendButton, exact: true }).click();

  await onPage("confirm-email", W.CONFIRM_EMAIL.title);
  await expect(page.getByText(W.CONFIRM_EMAIL.sentTo(email))).toBeVisible();
  // The security code's email is in the language too.
  const codeMail = await waitForCapturedMail((mail) => mail.to.includes(email) && mail.subject === W.CHOICE_EMAILS.codeSubject);
  expect(codeMail.html).toContain(`<html lang="${htmlLang}">`);
  const code = /\b(\d{6})\b/.exec(codeMail.text)?.[1];
  if (!code) throw new Error(`No code in: ${codeMail.text}`);
  await page.getByLabel(W.CONFIRM_EMAIL.label, { exact: true }).fill(code);
  await continueButton().click();

  // Check your answers: the date of birth in the language's own date words; "Change" links keep the prefix.
  await onPage("check-answers", W.CHECK_ANSWERS.title);
  await expect(page.locator(".nhsuk-summary-list")).toContainText(content.dates.formatCalendarDate(new Date("1970-05-17T00:00:00Z")));
  await expect(page.locator(".nhsuk-summary-list")).toContainText(W.WHO_FOR.options[0]!.label);
  for (const href of await page.locator(".nhsuk-summary-list a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
    expect(href, "a Change link").toMatch(new RegExp(`^${prefix}/choice/opt-out/[a-z-]+\\?change=1$`));
  }
  await page.getByRole("button", { name: W.CHECK_ANSWERS.submit, exact: true }).click();

  // The confirmation, in the language.
  await onPage("confirmation", W.CONFIRMATION.title.OPT_OUT);
  await expect(page.getByText(W.CONFIRMATION.changeMind, { exact: true })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(ENGLISH.CONFIRMATION.changeMind);
  // Easy Read is English already: a heading as plain as "What happens next" stays the same.
  if (locale !== "en-easy") await expect(page.locator("main")).not.toContainText(ENGLISH.CONFIRMATION.whatHappensNext);
  const reference = ((await page.getByTestId("reference-number").textContent()) ?? "").trim();
  expect(reference).toMatch(/^[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}$/);

  // The confirmation email: the language's subject and body, marked with its language.
  const mail = await waitForCapturedMail((m) => m.to.includes(email) && m.subject.includes(reference));
  expect(mail.subject).toBe(W.CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(reference.replaceAll("-", ""))));
  expect(mail.text).toContain(W.CHOICE_EMAILS.confirmationTitle);
  expect(mail.text).toContain(W.CHOICE_EMAILS.choiceLabel.OPT_OUT);
  expect(mail.text).toContain(W.CHOICE_EMAILS.statusLabel.EFFECTIVE);
  const links = siteLinksFor(locale);
  expect(mail.text).toContain(emailLineText(W.CHOICE_EMAILS.changeMind(links)));
  expect(mail.text).toContain(`Zoë ${familyName}`);
  expect(mail.text).not.toContain(emailLineText(ENGLISH.CHOICE_EMAILS.changeMind(links)));
  // The site and its contact page in the language, written out whole and linked.
  expect(links.contact).toMatch(new RegExp(`^https?://[^/]+${prefix}/contact$`));
  expect(mail.text.split(/\s+/)).toEqual(expect.arrayContaining([links.site, links.contact]));
  expect(mail.html).toContain(`<a href="${links.contact}">${links.contact}</a>`);
  expect(mail.html).toContain(`<html lang="${htmlLang}">`);

  // The register knows the language the choice was made in.
  const language = await withE2eDatabase(async (client) => (await client.query("SELECT language FROM decision WHERE reference = $1", [reference.replaceAll("-", "")])).rows[0]?.language);
  expect(language).toBe(locale);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
