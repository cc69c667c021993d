import { ACCESSIBILITY_PAGE } from "../lib/content/accessibility";
import { CALLBACK_FORM, CONTACT_PAGE } from "../lib/content/contact";
import { COOKIES_PAGE } from "../lib/content/cookies";
import { GUIDE, GUIDE_PAGES } from "../lib/content/guide";
import { PRIVACY_PAGE } from "../lib/content/privacy";
import { SITE_TITLE } from "../lib/content/site";
import type { InformationPage as InformationPageContent } from "../lib/content/types";
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

  test("the roles table says what each role can see, with headers for every cell", async ({ page }) => {
    const view = new InformationPage(page);
    await view.goto("/who-can-see-it");
    const table = page.getByRole("table", { name: /each role can see/ });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Role",
      "Medicines and allergies",
      "Health problems and hospital summaries",
      "Test results",
      "Appointments",
      "Mental health care",
      "Social care",
    ]);
    await expect(table.getByRole("rowheader", { name: "Receptionist or booking staff" })).toBeVisible();
  });

  test.describe("on a small phone", () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test("the roles table stacks and stays accessible", async ({ page, expectAccessible }) => {
      const view = new InformationPage(page);
      await view.goto("/who-can-see-it");
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(375);
      await expectAccessible();
    });
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
