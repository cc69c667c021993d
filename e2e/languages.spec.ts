import type { Page } from "@playwright/test";

import { contentFor } from "../lib/content/locales";
import { ROUTES } from "../lib/content/routes";
import { LOCALE_INFO, PSEUDO_LOCALE, type Locale } from "../lib/i18n/locales";
import { localiseHref } from "../lib/i18n/paths";
import { PUBLISHED_LOCALES } from "../lib/i18n/published";
import { expect, test } from "./support/fixtures";

// Every resident information page in every published language (issue #17):
// <html lang>, the language links named in their own languages, hreflang
// alternates, the notice on a translation not yet checked, links that stay in
// the language, no English sentence left on the page, and axe. Then the
// pseudo-locale's 40% longer words on a 320 px screen, without scrolling sideways.

const PAGES = [
  ROUTES.home,
  ROUTES.joinedUpRecord,
  ROUTES.whatsInTheRecord,
  ROUTES.whatsLeftOut,
  ROUTES.whoCanSeeIt,
  ROUTES.yourChoice,
  ROUTES.isMyInformationSafe,
  ROUTES.whenItStarts,
  ROUTES.contact,
  ROUTES.film,
  ROUTES.accessibility,
  ROUTES.privacy,
  ROUTES.cookies,
  ROUTES.factsAndFigures,
];

const TRANSLATED = PUBLISHED_LOCALES.filter((locale) => locale !== "en");

test.describe.configure({ timeout: 300_000 });

/** The sentences a page shows in its main content, outside anything marked as English. */
async function sentences(page: Page): Promise<string[]> {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const english of copy.querySelectorAll('[lang="en-GB"]')) english.remove();
    // Names and addresses the page shows as they are: organisations, email addresses, phone numbers.
    for (const kept of copy.querySelectorAll("address, [data-name], .app-organisation-list")) kept.remove();
    return copy.innerText;
  });
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4);
}

const englishSentences = new Map<string, Set<string>>();

async function englishOf(page: Page, path: string): Promise<Set<string>> {
  if (!englishSentences.has(path)) {
    await page.goto(path);
    englishSentences.set(path, new Set(await sentences(page)));
  }
  return englishSentences.get(path)!;
}

for (const locale of TRANSLATED) {
  test(`every information page in ${LOCALE_INFO[locale].englishName}: its language, links, notice, no English left, and axe`, async ({ page, expectAccessible }) => {
    const content = contentFor(locale);
    const frame = content.siteFrame.SITE_FRAME;
    for (const path of PAGES) {
      const english = await englishOf(page, path);
      const address = localiseHref(locale, path);
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      await expect(page.locator("html"), address).toHaveAttribute("lang", LOCALE_INFO[locale].htmlLang);

      // The same page in every language, each named in itself, this one marked as current.
      const languages = page.getByRole("navigation", { name: frame.languageLinksLabel });
      for (const other of PUBLISHED_LOCALES) {
        const link = languages.getByRole("link", { name: LOCALE_INFO[other].nativeName, exact: true });
        await expect(link, `${address}: link to ${other}`).toHaveAttribute("href", localiseHref(other, path));
        await expect(link).toHaveAttribute("lang", LOCALE_INFO[other].htmlLang);
      }
      await expect(languages.locator('[aria-current="page"]')).toHaveText(LOCALE_INFO[locale].nativeName);

      // Search engines are told of every language's page (Easy Read is English: no hreflang of its own).
      for (const other of PUBLISHED_LOCALES.filter((candidate) => LOCALE_INFO[candidate].hreflang)) {
        const hreflang = LOCALE_INFO[other].hreflang!;
        await expect(page.locator(`head link[rel="alternate"][hreflang="${hreflang}"]`), `${address}: hreflang ${hreflang}`).toHaveAttribute(
          "href",
          new RegExp(`${localiseHref(other, path).replace(/[/.]/g, "\\$&")}$`),
        );
      }

      // Not yet checked by a qualified translator: said in the language and in English, with the English page.
      // Easy Read is English already: it says its own notice once, not the standard English one as well.
      const notice = page.getByTestId("translation-notice");
      await expect(notice).toContainText(frame.translationNotice.text);
      const englishNotice = contentFor("en").siteFrame.SITE_FRAME.translationNotice.text;
      if (LOCALE_INFO[locale].htmlLang === LOCALE_INFO.en.htmlLang) await expect(notice).not.toContainText(englishNotice);
      else await expect(notice).toContainText(englishNotice);
      await expect(notice.getByRole("link", { name: frame.translationNotice.englishLink })).toHaveAttribute("href", path);

      // Every link to another resident page stays in the language.
      const hrefs = await page.locator("main a[href^='/'], header a[href^='/'], footer a[href^='/']").evaluateAll((links) =>
        links.filter((link) => !link.closest('[data-testid="translation-notice"]')).map((link) => link.getAttribute("href")!),
      );
      for (const href of hrefs) {
        if (/^\/(film\/|nhsuk\/|_next\/)/.test(href)) continue;
        expect(href.startsWith(LOCALE_INFO[locale].prefix), `${address}: link ${href}`).toBe(true);
      }

      if (locale === "en-easy") {
        // Easy Read is English, rewritten: short sentences, one idea each, a picture beside each idea.
        const long = await page.locator("main p, main li").evaluateAll((elements) =>
          elements
            .flatMap((element) => (element as HTMLElement).innerText.split(/(?<=[.!?])\s+/))
            .filter((sentence) => sentence.trim().split(/\s+/).length > 20),
        );
        expect(long, `${address}: Easy Read sentences over 20 words`).toEqual([]);
      } else {
        // No sentence the English page shows is left on this one.
        const left = (await sentences(page)).filter((sentence) => english.has(sentence));
        expect(left, `${address}: English sentences`).toEqual([]);
      }

      await expectAccessible();
    }
  });
}

test("the paper form and the leaflet in large print, offered in every language", async ({ page, request }) => {
  for (const locale of PUBLISHED_LOCALES) {
    const { largePrint } = contentFor(locale).siteFrame.SITE_FRAME;
    for (const path of [ROUTES.yourChoice, ROUTES.contact]) {
      await page.goto(localiseHref(locale, path));
      for (const link of [largePrint.paperForm, largePrint.leaflet]) {
        const href = await page.getByRole("link", { name: link.text, exact: true }).getAttribute("href");
        expect(href).toBe(localiseHref(locale, link.href));
        if (path !== ROUTES.yourChoice) continue;
        const pdf = await request.get(href!);
        expect(pdf.status(), href!).toBe(200);
        expect(pdf.headers()["content-type"]).toBe("application/pdf");
      }
    }
  }
});

test("Easy Read pages show a picture beside each idea, each with a text alternative", async ({ page }) => {
  for (const path of [ROUTES.joinedUpRecord, ROUTES.whatsLeftOut, ROUTES.yourChoice]) {
    await page.goto(localiseHref("en-easy", path));
    const pictures = page.locator("main .app-easy-read__picture svg[role='img']");
    expect(await pictures.count(), path).toBeGreaterThan(2);
    for (const name of await pictures.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label") ?? ""))) {
      expect(name.length, `${path}: a picture's text alternative`).toBeGreaterThan(3);
    }
  }
});

test("the film offers captions in every language, the page's own language on, and its chapters in the page's language", async ({ page, request }) => {
  for (const locale of PUBLISHED_LOCALES) {
    await page.goto(localiseHref(locale, ROUTES.film));
    const tracks = page.locator('video track[kind="captions"]');
    await expect(tracks).toHaveCount(PUBLISHED_LOCALES.length);
    const on = page.locator('video track[kind="captions"][default]');
    await expect(on).toHaveAttribute("srclang", LOCALE_INFO[locale].htmlLang);
    await expect(on).toHaveAttribute("label", LOCALE_INFO[locale].nativeName);
    const captions = await request.get((await on.getAttribute("src"))!);
    expect(captions.status()).toBe(200);
    expect(captions.headers()["content-type"]).toContain("text/vtt");
    const vtt = await captions.text();
    expect(vtt.startsWith("WEBVTT")).toBe(true);
    // The first line of the film's script, in this language.
    expect(vtt).toContain(contentFor(locale).film.FILM_CHAPTERS[0]!.slides[0]!.cues[0]!.text.slice(0, 20));
    // The chapter titles the player lists, in this language too.
    const chaptersTrack = page.locator('video track[kind="chapters"]');
    await expect(chaptersTrack).toHaveAttribute("srclang", LOCALE_INFO[locale].htmlLang);
    const chapters = await request.get((await chaptersTrack.getAttribute("src"))!);
    expect(chapters.status()).toBe(200);
    expect(chapters.headers()["content-type"]).toContain("text/vtt");
    const chapterTitles = await chapters.text();
    for (const chapter of contentFor(locale).film.FILM_CHAPTERS) expect(chapterTitles).toContain(chapter.title);
  }
});

test("addresses in a language that has no such page are not found, and /en/ goes to the English address", async ({ request }) => {
  expect((await request.get("/bn/staff/login")).status()).toBe(404);
  expect((await request.get("/xx/your-choice")).status()).toBe(404);
  const english = await request.get("/en/your-choice", { maxRedirects: 0 });
  expect(english.status()).toBe(308);
  expect(english.headers().location).toMatch(/\/your-choice$/);
  // The language comes from the address only: a header a client sends changes nothing.
  const page = await request.get(ROUTES.yourChoice, { headers: { "x-locale": "bn" } });
  expect(await page.text()).toContain('<html lang="en-GB"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an information page in each language is whole, with its language links", async ({ page, expectAccessible }) => {
    for (const locale of TRANSLATED) {
      await page.goto(localiseHref(locale, ROUTES.yourChoice));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(contentFor(locale).yourChoice.YOUR_CHOICE_PAGE.title);
      await page.getByRole("link", { name: "English", exact: true }).click();
      await expect(page).toHaveURL(/\/your-choice$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    }
    await expectAccessible();
  });
});

test.describe("on a 320 px screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("every page fits with words 40% longer (the pseudo-locale), and in every language", async ({ page }) => {
    const pseudo: Locale = PSEUDO_LOCALE;
    const paths = [...PAGES, ROUTES.optOut, ROUTES.optIn, ROUTES.callbackRequested];
    for (const locale of [pseudo, ...TRANSLATED]) {
      for (const path of paths) {
        const address = localiseHref(locale, path);
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${address} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    }
  });
});
