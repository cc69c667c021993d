import type { Page } from "@playwright/test";

import { contentFor } from "../lib/content/locales";
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../lib/i18n/locales";
import { localiseHref } from "../lib/i18n/paths";
import { PUBLISHED_LOCALES } from "../lib/i18n/published";
import { formatNhsNumber, generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { expect, test } from "./support/fixtures";

// What an outside tester found on the translated resident pages:
// 1. with JavaScript, the language links (and the translation notice's English link) kept pointing at
//    the first question of a journey on every page after it;
// 2. Bengali digits were refused in the date of birth and the NHS number;
// 3. screen readers heard an English "Important: " before the warning callouts.
// axe on every page visited.

const LANGUAGES = PUBLISHED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** A journey page in the locale: its address, <html lang>, its question, and axe. */
async function expectJourneyPage(page: Page, locale: Locale, step: string, heading: string, expectAccessible: () => Promise<void>) {
  await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${LOCALE_INFO[locale].prefix}/choice/opt-out/${step}(\\?|$)`));
  await expect(page.locator("html")).toHaveAttribute("lang", LOCALE_INFO[locale].htmlLang);
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/\S/);
  await expectAccessible();
}

/** Starts the opt-out journey in the locale and answers "who for" (myself) and the name, to reach the date of birth. */
async function reachDateOfBirth(page: Page, locale: Locale, expectAccessible: () => Promise<void>) {
  const W = contentFor(locale).choice;
  await page.goto(`${LOCALE_INFO[locale].prefix}/choice/opt-out`);
  await expect(page.getByRole("heading", { level: 1, name: W.JOURNEYS["opt-out"].title, exact: true })).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: W.START_PAGE.startButton, exact: true }).click();
  await expectJourneyPage(page, locale, "who-for", W.WHO_FOR.title, expectAccessible);
  await page.getByRole("radio", { name: W.WHO_FOR.options[0]!.label, exact: true }).check();
  await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
  await expectJourneyPage(page, locale, "name", W.NAME.titleSelf, expectAccessible);
  await page.getByLabel(W.NAME.givenName.label, { exact: true }).fill("Zoë");
  await page.getByLabel(W.NAME.familyName.label, { exact: true }).fill("Test");
  await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
  await expectJourneyPage(page, locale, "date-of-birth", W.DATE_OF_BIRTH.titleSelf, expectAccessible);
}

/** The language links and the English link of the translation notice point at this page, in each language. */
async function expectLanguageLinksTo(page: Page, locale: Locale, path: string) {
  const links = page.getByRole("navigation", { name: contentFor(locale).siteFrame.SITE_FRAME.languageLinksLabel, exact: true });
  for (const other of PUBLISHED_LOCALES) {
    const link = links.getByRole("link", { name: LOCALE_INFO[other].nativeName, exact: true });
    await expect(link, `the link to ${other}`).toHaveAttribute("href", localiseHref(other, path));
    await expect(link).toHaveAttribute("lang", LOCALE_INFO[other].htmlLang);
  }
  const notice = page.getByTestId("translation-notice");
  const englishLinks = notice.getByRole("link");
  await expect(englishLinks).toHaveCount(2);
  for (const link of await englishLinks.all()) await expect(link).toHaveAttribute("href", path);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 180_000 });

    test("the language links point at the question the resident is on, all through the journey", async ({ page, expectAccessible }) => {
      const W = contentFor("tr").choice;
      await reachDateOfBirth(page, "tr", expectAccessible);
      await expectLanguageLinksTo(page, "tr", "/choice/opt-out/date-of-birth");

      // One more question on, still right.
      await page.getByLabel(W.DATE_OF_BIRTH.day, { exact: true }).fill("17");
      await page.getByLabel(W.DATE_OF_BIRTH.month, { exact: true }).fill("5");
      await page.getByLabel(W.DATE_OF_BIRTH.year, { exact: true }).fill("1970");
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await expectJourneyPage(page, "tr", "nhs-number", W.NHS_NUMBER.titleSelf, expectAccessible);
      await expectLanguageLinksTo(page, "tr", "/choice/opt-out/nhs-number");

      // Back a question with the browser, then "Español": the same question, in Spanish, with the answer kept.
      await page.goBack();
      await expectJourneyPage(page, "tr", "date-of-birth", W.DATE_OF_BIRTH.titleSelf, expectAccessible);
      await expectLanguageLinksTo(page, "tr", "/choice/opt-out/date-of-birth");
      await page.getByRole("link", { name: LOCALE_INFO.es.nativeName, exact: true }).click();
      const spanish = contentFor("es").choice;
      await expectJourneyPage(page, "es", "date-of-birth", spanish.DATE_OF_BIRTH.titleSelf, expectAccessible);
      await expect(page.getByLabel(spanish.DATE_OF_BIRTH.year, { exact: true })).toHaveValue("1970");
      await expectLanguageLinksTo(page, "es", "/choice/opt-out/date-of-birth");
    });

    test("a date of birth and an NHS number typed in Bengali digits are accepted and kept as 0 to 9", async ({ page, expectAccessible }) => {
      const content = contentFor("bn");
      const W = content.choice;
      const nhsNumber = generateTestNhsNumber();
      const bengali = (digits: string) => digits.replace(/[0-9]/g, (digit) => String.fromCodePoint(0x09e6 + Number(digit)));
      await reachDateOfBirth(page, "bn", expectAccessible);

      await page.getByLabel(W.DATE_OF_BIRTH.day, { exact: true }).fill("৩");
      await page.getByLabel(W.DATE_OF_BIRTH.month, { exact: true }).fill("৪");
      await page.getByLabel(W.DATE_OF_BIRTH.year, { exact: true }).fill("১৯৭০");
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await expectJourneyPage(page, "bn", "nhs-number", W.NHS_NUMBER.titleSelf, expectAccessible);

      await page.getByLabel(W.NHS_NUMBER.label, { exact: true }).fill(bengali(formatNhsNumber(nhsNumber)));
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      await expectJourneyPage(page, "bn", "postcode", W.POSTCODE.titleSelf, expectAccessible);

      // What was saved is ASCII: the questions come back filled with 0 to 9.
      await page.goto("/bn/choice/opt-out/date-of-birth");
      await expectJourneyPage(page, "bn", "date-of-birth", W.DATE_OF_BIRTH.titleSelf, expectAccessible);
      await expect(page.getByLabel(W.DATE_OF_BIRTH.day, { exact: true })).toHaveValue("3");
      await expect(page.getByLabel(W.DATE_OF_BIRTH.month, { exact: true })).toHaveValue("4");
      await expect(page.getByLabel(W.DATE_OF_BIRTH.year, { exact: true })).toHaveValue("1970");
      await page.goto("/bn/choice/opt-out/nhs-number");
      await expectJourneyPage(page, "bn", "nhs-number", W.NHS_NUMBER.titleSelf, expectAccessible);
      await expect(page.getByLabel(W.NHS_NUMBER.label, { exact: true })).toHaveValue(formatNhsNumber(nhsNumber));

      // A wrong number in Bengali digits gets the message about the number, not "only 0 to 9".
      const wrong = `${nhsNumber.slice(0, 9)}${(Number(nhsNumber[9]) + 1) % 10}`;
      await page.getByLabel(W.NHS_NUMBER.label, { exact: true }).fill(bengali(wrong));
      await page.getByRole("button", { name: W.COMMON.continue, exact: true }).click();
      const summary = page.locator(".nhsuk-error-summary");
      await expect(summary.getByRole("link", { name: content.nhsNumberErrors.NHS_NUMBER_ERRORS["check-digit"], exact: true })).toBeVisible();
      await expect(summary).not.toContainText(content.nhsNumberErrors.NHS_NUMBER_ERRORS["not-digits"]);
      await expectAccessible();
    });
  });
}

test.describe("words read only by screen readers", () => {
  test.describe.configure({ timeout: 180_000 });
  const PAGES = ["/your-choice", "/whats-left-out", "/who-can-see-it", "/when-it-starts"];

  /** Every visually hidden text on the page with words in it (not a lone ":"). */
  const hiddenWords = (page: Page) =>
    page.locator(".nhsuk-u-visually-hidden").evaluateAll((elements) => elements.map((element) => element.textContent ?? "").filter((text) => /\p{L}/u.test(text)));

  test("are in the page's language, warning callouts included", async ({ page, expectAccessible }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expectAccessible();
      const english = new Set((await hiddenWords(page)).map((text) => text.trim()));
      // The English heading may already say "Important", so the English page need not show the prefix itself.
      english.add(contentFor(DEFAULT_LOCALE).site.WARNING_CALLOUT_PREFIX.trim());

      for (const locale of LANGUAGES) {
        const word = contentFor(locale).site.WARNING_CALLOUT_PREFIX.replace(/[\s:]+$/u, "");
        await page.goto(localiseHref(locale, path));
        await expect(page.locator("html")).toHaveAttribute("lang", LOCALE_INFO[locale].htmlLang);
        await expectAccessible();
        // Every warning callout's heading, as a screen reader reads it, says the locale's word.
        const headings = page.locator(".nhsuk-card--warning .nhsuk-card__heading");
        expect(await headings.count(), `warning callouts on ${locale} ${path}`).toBeGreaterThan(0);
        for (const heading of await headings.all()) await expect(heading).toContainText(word);
        // Easy Read is English: its hidden words are English by design.
        if (locale === "en-easy") continue;
        for (const text of await hiddenWords(page)) expect(english.has(text.trim()), `"${text}" on ${locale} ${path}`).toBe(false);
      }
    }
  });
});

test("the list of information left out downloads as CSV in the language of the page it is offered on", async ({ page, request }) => {
  for (const locale of PUBLISHED_LOCALES) {
    const { EXCLUDED_INFORMATION, EXCLUDED_INFORMATION_DOWNLOAD } = contentFor(locale).whatsLeftOut;
    // The link the page offers, followed as a resident would.
    await page.goto(localiseHref(locale, "/whats-left-out"));
    const href = await page.locator('a[href$="/downloads/information-left-out.csv"]').first().getAttribute("href");
    expect(href, `${locale}: the CSV link`).toBe(localiseHref(locale, "/downloads/information-left-out.csv"));
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const text = (await response.text()).replace(/^\uFEFF/, "");
    expect(text.split(/\r?\n/)[0], `${locale}: header`).toBe(EXCLUDED_INFORMATION_DOWNLOAD.csvHeader.join(","));
    for (const item of EXCLUDED_INFORMATION) expect(text, `${locale}: ${item.code}`).toContain(item.category);
  }
});
