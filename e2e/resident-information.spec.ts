import { ACCESSIBILITY_PAGE } from "../lib/content/accessibility";
import { CALLBACK_FORM, CONTACT_PAGE } from "../lib/content/contact";
import { CONTACT_DETAILS } from "../lib/content/contact-details";
import { COOKIES_PAGE } from "../lib/content/cookies";
import { GUIDE, GUIDE_PAGES } from "../lib/content/guide";
import { PRIVACY_PAGE } from "../lib/content/privacy";
import { exampleDetailsNotice, PROGRAMME } from "../lib/content/programme";
import { DOWNLOADS, ROUTES } from "../lib/content/routes";
import { CHOICE_RULES } from "../lib/content/rules";
import { SITE_TITLE } from "../lib/content/site";
import type { InformationPage as InformationPageContent } from "../lib/content/types";
import { PROGRAMME_START_DATE } from "../lib/content/when-it-starts";
import { ROLE_SUMMARIES, ROLES_STATUS } from "../lib/content/who-can-see-it";
import { YOUR_CHOICE_PAGE } from "../lib/content/your-choice";
import { InformationPage } from "./pages/information-page";
import { expect, test } from "./support/fixtures";

const STANDALONE_PAGES: InformationPageContent[] = [CONTACT_PAGE, ACCESSIBILITY_PAGE, PRIVACY_PAGE, COOKIES_PAGE];
const ALL_PAGES = [...GUIDE_PAGES, ...STANDALONE_PAGES];

/** Headings of parts that only the web page has: the call-back form is not in the leaflet. */
const WEB_ONLY_HEADINGS: Record<string, string[]> = { [CONTACT_PAGE.href]: [CALLBACK_FORM.heading] };

async function expectContentPage(view: InformationPage, content: InformationPageContent): Promise<void> {
  await expect(view.page).toHaveTitle(`${content.title} – ${SITE_TITLE}`);
  await expect(view.page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(view.h1).toHaveText(content.title);
  // Every section of the content source, in order, as an h2.
  await expect(view.sectionHeadings).toHaveText([
    ...content.sections.map((section) => section.heading),
    ...(WEB_ONLY_HEADINGS[content.href] ?? []),
  ]);
  await expect(view.breadcrumb.getByRole("link", { name: GUIDE.homeBreadcrumb })).toHaveAttribute("href", "/");
  await expect(view.page.locator('meta[name="description"]')).toHaveAttribute("content", content.description);
}

test.describe("resident information pages", () => {
  for (const content of ALL_PAGES) {
    test(`${content.href} shows its content as an accessible NHS.UK page`, async ({ page, expectAccessible }) => {
      const view = new InformationPage(page);
      await view.goto(content.href);
      await expectContentPage(view, content);
      await expectAccessible();
    });
  }

  test("the guide's pages link to each other in order", async ({ page }) => {
    const view = new InformationPage(page);
    for (const [index, content] of GUIDE_PAGES.entries()) {
      await view.goto(content.href);
      const items = view.guideContents.getByRole("listitem");
      await expect(items).toHaveText(GUIDE_PAGES.map((guidePage) => guidePage.shortTitle));
      await expect(items.nth(index)).toHaveAttribute("aria-current", "page");
      const next = GUIDE_PAGES[index + 1];
      if (next) {
        await view.pagination.getByRole("link", { name: new RegExp(`${GUIDE.next}.*${next.shortTitle}`) }).click();
        await expect(view.h1).toHaveText(next.title);
      }
    }
  });

  test("who can see it gives each role as a short list, marked as an example until the programme confirms it", async ({ page }) => {
    const view = new InformationPage(page);
    await view.goto(ROUTES.whoCanSeeIt);
    await expect(view.main.getByRole("table")).toHaveCount(0);
    for (const role of ROLE_SUMMARIES) await expect(view.main.getByRole("listitem").filter({ hasText: `${role.role}: ${role.sees}` })).toHaveCount(1);
    if (ROLES_STATUS) await expect(view.main.getByText(ROLES_STATUS.text)).toBeVisible();
  });

  test("your choice puts how to make it first, and warns about emergencies before anyone opts out", async ({ page }) => {
    const view = new InformationPage(page);
    await view.goto(ROUTES.yourChoice);
    await expect(view.sectionHeadings.first()).toHaveText(YOUR_CHOICE_PAGE.sections[0]!.heading);
    await expect(view.sectionHeadings.first()).toHaveText("How to make your choice");
    await expect(view.main.getByText(CHOICE_RULES.emergencyWarning.paragraphs[0])).toBeVisible();
  });

  test.describe("on a small phone", () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test("who can see it does not scroll sideways and stays accessible", async ({ page, expectAccessible }) => {
      const view = new InformationPage(page);
      await view.goto(ROUTES.whoCanSeeIt);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(375);
      await expectAccessible();
    });
  });
});

// The same programme facts in every page the site serves (lib/content/programme.ts): the
// build compiled them in, and this test process resolves them from the same environment.
const UK_PHONE = /(?<![\d])(?:18001 )?0\d{2,4}(?: ?\d){6,8}(?![\d])/g;
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Examples of the format residents type their own details in (Ofcom's fiction ranges, example.com). */
const FORMAT_EXAMPLES = ["07700900982", "02079460123", "name@example.com"];
const digitsOf = (text: string) => text.replace(/\D/g, "");

test.describe("programme facts on every resident page", () => {
  const PAGES = [ROUTES.home, ...ALL_PAGES.map((content) => content.href), ROUTES.film, ROUTES.factsAndFigures, ROUTES.optOut, ROUTES.optIn];

  test("every phone number and email address is the configured one, and nothing says localhost", async ({ page }) => {
    const phones = new Set([digitsOf(PROGRAMME.contact.phone), digitsOf(PROGRAMME.contact.textRelay), ...FORMAT_EXAMPLES]);
    const emails = new Set([PROGRAMME.contact.email, PROGRAMME.dataProtectionOfficer.email, ...FORMAT_EXAMPLES]);
    const notice = exampleDetailsNotice("http://127.0.0.1:3100");
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.ok(), path).toBe(true);
      const text = await page.locator("body").innerText();
      expect((text.match(UK_PHONE) ?? []).map(digitsOf).filter((number) => !phones.has(number)), `${path}: phone numbers`).toEqual([]);
      expect((text.match(EMAIL_ADDRESS) ?? []).filter((email) => !emails.has(email)), `${path}: email addresses`).toEqual([]);
      expect(text, path).not.toMatch(/localhost/);
      // The example notice is shown while any default is in use, on every page.
      if (notice) await expect(page.getByTestId("example-details-notice"), path).toContainText(notice.text);
    }
  });

  test("the contact page gives the configured phone, relay, email and address; the start date is the configured one", async ({ page }) => {
    await page.goto(ROUTES.contact);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: CONTACT_DETAILS.phone })).toHaveAttribute("href", CONTACT_DETAILS.phoneHref);
    await expect(main.getByText(CONTACT_DETAILS.textRelay)).toBeVisible();
    await expect(main.getByRole("link", { name: CONTACT_DETAILS.email })).toHaveAttribute("href", `mailto:${CONTACT_DETAILS.email}`);
    await expect(main.getByText(CONTACT_DETAILS.postalAddress.join(", "))).toBeVisible();
    await page.goto(ROUTES.whenItStarts);
    await expect(page.getByRole("main")).toContainText(PROGRAMME_START_DATE);
  });

  test("the home page links the leaflet", async ({ page }) => {
    await page.goto(ROUTES.home);
    await expect(page.getByRole("link", { name: /Download the leaflet/ })).toHaveAttribute("href", DOWNLOADS.leafletPdf);
  });
});

test.describe("resident information pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const content of [GUIDE_PAGES[3]!, GUIDE_PAGES[4]!, CONTACT_PAGE]) {
    test(`${content.href} reads the same`, async ({ page, expectAccessible }) => {
      const view = new InformationPage(page);
      await view.goto(content.href);
      await expectContentPage(view, content);
      await expectAccessible();
    });
  }
});
