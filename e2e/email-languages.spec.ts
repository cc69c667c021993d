import { randomInt } from "node:crypto";

import type { Page } from "@playwright/test";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { emailLineText } from "../lib/content/email-layout";
import { contentFor } from "../lib/content/locales";
import { siteLinksFor } from "../lib/email/site-links";
import { LOCALE_INFO, type Locale } from "../lib/i18n/locales";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { NhsLoginPage } from "./pages/nhs-login-page";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expectNoAccessibilityViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// The emails a resident's language reaches beyond the journeys: the email when
// staff do not accept a decision (in the decision's language), the confirmation
// when a choice is changed from Check your choice with NHS login (in the page's
// language, recorded with the decision), and the team's email about a call-back
// request (English, naming the resident's language). Axe on every page visited.

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

const TEAM = "e2e-team@example.org"; // TEAM_EMAIL in playwright.config.ts
const unique = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
const letters = () => Array.from({ length: 7 }, () => "abcdefghijklmnopqrstuvwxyz"[randomInt(26)]).join("");
const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);

/** The page is in the language: its address keeps the prefix, <html lang>, its heading, and axe. */
async function inLanguage(page: Page, locale: Locale, path: string, heading: string, expectAccessible: () => Promise<void>): Promise<void> {
  const { prefix, htmlLang } = LOCALE_INFO[locale];
  await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${prefix}${path}(\\?|$)`));
  await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  // Next.js streams the title after the page: wait for it before checking the page with axe.
  await expect(page).toHaveTitle(/\S/);
  await expectAccessible();
}

test("an attorney's Bengali opt-out, rejected on review, is told why in Bengali, with the team's reason marked as English", async ({ page, browser, expectAccessible }) => {
  const locale = "bn";
  const content = contentFor(locale);
  const W = content.choice;
  const email = `attorney-bn-${unique()}@example.org`;
  const familyName = `Begum${letters()}`;
  const next = () => page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
  const step = (slug: string, heading: string) => inLanguage(page, locale, `/choice/opt-out${slug ? `/${slug}` : ""}`, heading, expectAccessible);

  await page.goto("/bn/choice/opt-out");
  await step("", W.JOURNEYS["opt-out"].title);
  await page.getByRole("button", { name: W.START_PAGE.startButton, exact: true }).click();
  await step("who-for", W.WHO_FOR.title);
  await page.getByRole("radio", { name: W.WHO_FOR.options.find((option) => option.value === "ATTORNEY")!.label, exact: true }).check();
  await next();
  await step("about-you", W.ABOUT_YOU.title);
  await page.getByLabel(W.ABOUT_YOU.proxyName.label, { exact: true }).fill("Rahima Begum");
  await page.getByLabel(W.ABOUT_YOU.proxyRelationship.label, { exact: true }).fill("Daughter");
  await next();
  await step("name", W.NAME.titleProxy);
  await page.getByLabel(W.NAME.givenName.label, { exact: true }).fill("Anwara");
  await page.getByLabel(W.NAME.familyName.label, { exact: true }).fill(familyName);
  await next();
  await step("date-of-birth", W.DATE_OF_BIRTH.titleProxy);
  await page.getByLabel(W.DATE_OF_BIRTH.day, { exact: true }).fill("3");
  await page.getByLabel(W.DATE_OF_BIRTH.month, { exact: true }).fill("9");
  await page.getByLabel(W.DATE_OF_BIRTH.year, { exact: true }).fill("1941");
  await next();
  await step("nhs-number", W.NHS_NUMBER.titleProxy);
  await page.getByLabel(W.NHS_NUMBER.label, { exact: true }).fill(randomNhsNumber());
  await next();
  await step("postcode", W.POSTCODE.titleProxy);
  await page.getByLabel(W.POSTCODE.label, { exact: true }).fill("N1 1AA");
  await next();
  await step("gp-practice", W.GP_PRACTICE.titleProxy);
  await next();
  await step("evidence", W.EVIDENCE.title);
  // "I will post a copy".
  await page.getByRole("radio", { name: W.EVIDENCE.methods.find((method) => method.value === "POST")!.label, exact: true }).check();
  await next();
  await step("decision", W.DECISION.title);
  await page.getByRole("radio", { name: W.DECISION.options.find((option) => option.value === "OPT_OUT")!.label, exact: true }).check();
  await next();
  await step("email", W.EMAIL.title);
  await page.getByLabel(W.EMAIL.label, { exact: true }).fill(email);
  await page.getByRole("button", { name: W.EMAIL.sendButton, exact: true }).click();
  await step("confirm-email", W.CONFIRM_EMAIL.title);
  const codeMail = await waitForCapturedMail((mail) => mail.to.includes(email) && mail.subject === W.CHOICE_EMAILS.codeSubject);
  await page.getByLabel(W.CONFIRM_EMAIL.label, { exact: true }).fill(/\b(\d{6})\b/.exec(codeMail.text)![1]!);
  await next();
  await step("check-answers", W.CHECK_ANSWERS.title);
  await page.getByRole("button", { name: W.CHECK_ANSWERS.submit, exact: true }).click();
  await step("confirmation", W.CONFIRMATION.title.OPT_OUT);
  const reference = ((await page.getByTestId("reference-number").textContent()) ?? "").trim();
  expect(reference).toMatch(/^[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}$/);
  const stored = reference.replaceAll("-", "");

  // The supervisor rejects the evidence, with a reason in English.
  const staff = await (await browser.newContext()).newPage();
  await new StaffBackOffice(staff).signIn("supervisor");
  await staff.goto("/staff/review");
  await expectNoAccessibilityViolations(staff);
  await staff.getByRole("link", { name: new RegExp(stored) }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Review decision ${stored}` })).toBeVisible();
  await expectNoAccessibilityViolations(staff);
  const reason = "The copy of the lasting power of attorney we received is for property & financial affairs, not health and welfare.";
  await staff.getByLabel("Reason").fill(reason);
  await staff.getByRole("button", { name: "Reject and withdraw" }).click();
  await expect(staff.getByText(`Decision ${stored} rejected and withdrawn`)).toBeVisible();
  await expectNoAccessibilityViolations(staff);
  await staff.context().close();

  // The attorney's email: in Bengali, the reference as on their confirmation, the reason as the team wrote it.
  const bengaliSubject = `আমরা আপনার সিদ্ধান্ত ${reference} গ্রহণ করতে পারিনি`;
  const mail = await waitForCapturedMail((m) => m.to.includes(email) && m.subject === bengaliSubject);
  expect(mail.text).toContain(`রেফারেন্স ${reference}`);
  expect(mail.text).not.toContain("We could not accept");
  expect(mail.text).toContain(`কারণ, আমাদের টিম যেভাবে লিখেছে (ইংরেজিতে): ${reason}`);
  expect(mail.html).toContain('<html lang="bn">');
  expect(mail.html).toContain(`<span lang="en-GB" style="white-space:pre-wrap">${reason.replace("&", "&amp;")}</span>`);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Check your choice in Bengali ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("opting out with NHS login on the Bengali page records Bengali and confirms in Bengali", async ({ page, expectAccessible }) => {
      const locale = "bn";
      const content = contentFor(locale);
      const C = content.nhsLogin.CHECK_YOUR_CHOICE;
      const email = `check-bn-${unique()}@example.org`;
      const nhsNumber = randomNhsNumber();

      await page.goto("/bn/check-your-choice");
      await inLanguage(page, locale, "/check-your-choice", C.signInTitle, expectAccessible);
      await page.getByRole("button", { name: content.nhsLogin.NHS_LOGIN_START.button, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Sign in as a test person" })).toBeVisible();
      await expectAccessible();
      await new NhsLoginPage(page, expectAccessible).signInAsSomeoneElse({ givenName: "Priya", familyName: `Shah${letters()}`, nhsNumber, birthdate: "1984-03-12", email });
      await inLanguage(page, locale, "/check-your-choice", C.title, expectAccessible);

      await page.getByRole("button", { name: C.optOutButton, exact: true }).click();
      await inLanguage(page, locale, "/check-your-choice", `${C.choiceLabel.OPT_OUT}: ${C.statusLabel.EFFECTIVE}`, expectAccessible);
      await expect(page.getByTestId("current-choice")).toContainText(C.current["opted-out"]);

      const decision = await withE2eDatabase(async (db) => (await db.query("SELECT reference, language FROM decision WHERE nhs_number = $1", [nhsNumber])).rows);
      expect(decision).toEqual([{ reference: expect.any(String), language: "bn" }]);
      const reference = formatReferenceNumber(decision[0].reference);
      const E = content.choice.CHOICE_EMAILS;
      const mail = await waitForCapturedMail((m) => m.to.includes(email) && m.subject.includes(reference));
      expect(mail.subject).toBe(E.confirmationSubject(reference));
      expect(mail.subject).not.toMatch(/Your choice is recorded/);
      expect(mail.text).toContain(E.choiceLabel.OPT_OUT);
      const links = siteLinksFor("bn");
      expect(mail.text).toContain(emailLineText(E.changeMind(links)));
      expect(mail.text).not.toContain(emailLineText(contentFor("en").choice.CHOICE_EMAILS.changeMind(links)));
      expect(mail.html).toContain(`<a href="${links.contact}">${links.contact}</a>`);
      expect(mail.html).toContain('<html lang="bn">');
    });
  });
}

test("a call back asked for on the Somali contact page tells the team the resident speaks Somali", async ({ page, expectAccessible }) => {
  const locale = "so";
  const content = contentFor(locale);
  const F = content.contact.CALLBACK_FORM;
  const name = `Hodan ${letters()}`;

  await page.goto("/so/contact");
  await inLanguage(page, locale, "/contact", content.contact.CONTACT_PAGE.title, expectAccessible);
  await page.getByLabel(F.name.label, { exact: true }).fill(name);
  await page.getByLabel(F.phone.label).fill("07700 900 987");
  await page.getByRole("radio", { name: F.preferredTime.options[0]!.label }).check();
  await page.getByRole("button", { name: F.submit }).click();
  await inLanguage(page, locale, "/contact/call-back-requested", content.contact.CALLBACK_REQUESTED_PAGE.title, expectAccessible);

  // The team works in English: an English email, with the resident's language among its facts.
  const mail = await waitForCapturedMail((m) => m.to.includes(TEAM) && m.text.includes(name));
  expect(mail.subject).toMatch(/^Call-back request CB-[0-9A-F]{8}$/);
  expect(mail.text).toContain("Language: Somali");
  expect(mail.html).toContain('<html lang="en-GB">');
  const stored = await withE2eDatabase(async (db) => (await db.query("SELECT language FROM callback_request WHERE name = $1", [name])).rows);
  expect(stored).toEqual([{ language: "so" }]);
});
