import { HOME_PAGE } from "../lib/content/home";
import { FOOTER, SITE_TITLE } from "../lib/content/site";
import { HomePage } from "./pages/home-page";
import { expect, test } from "./support/fixtures";

// The paths later pages are built at: a link here that drifts from them is a broken link.
const INFORMATION_PAGE_PATHS = [
  "/joined-up-record",
  "/whats-in-the-record",
  "/whats-left-out",
  "/who-can-see-it",
  "/your-choice",
  "/is-my-information-safe",
  "/when-it-starts",
  "/contact",
];
const CHOICE_PATHS = ["/choice/opt-out", "/choice/opt-in"];
const FOOTER_PATHS = {
  "Accessibility statement": "/accessibility",
  "Privacy notice": "/privacy",
  Cookies: "/cookies",
  "Contact us": "/contact",
};

const NHS_BLUE = "rgb(0, 94, 184)";

test.describe("home page", () => {
  test("explains the record under the NHS.UK header and footer", async ({ page, expectAccessible }) => {
    const home = new HomePage(page);
    await home.goto();

    await expect(page).toHaveTitle(`${HOME_PAGE.title} – ${SITE_TITLE}`);
    await expect(home.heading).toBeVisible();
    await expect(home.serviceName).toBeVisible();
    await expect(home.homeLink).toHaveAttribute("href", "/");
    await expect(home.header).toHaveCSS("background-color", NHS_BLUE);

    for (const [text, href] of Object.entries(FOOTER_PATHS)) {
      await expect(home.footerLink(text)).toHaveAttribute("href", href);
    }
    await expect(home.footer).toContainText(FOOTER.copyright);

    await expectAccessible();
  });

  test("links to every information page and to both choices", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();

    for (const card of HOME_PAGE.findOutMore.cards) {
      await expect(home.mainLink(card.text)).toHaveAttribute("href", card.href);
    }
    const cardPaths = HOME_PAGE.findOutMore.cards.map((card) => card.href);
    expect(cardPaths).toEqual(INFORMATION_PAGE_PATHS);

    for (const action of HOME_PAGE.makeYourChoice.actions) {
      await expect(home.mainLink(action.text)).toHaveAttribute("href", action.href);
    }
    expect(HOME_PAGE.makeYourChoice.actions.map((action) => action.href)).toEqual(CHOICE_PATHS);

    const hrefs = await home.main.getByRole("link").evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")),
    );
    for (const path of [...INFORMATION_PAGE_PATHS, ...CHOICE_PATHS]) {
      expect(hrefs, `a link to ${path}`).toContain(path);
    }
  });

  test("skip link moves keyboard focus to the main content", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    // NHS.UK frontend's JavaScript, served by this site, has started.
    await expect(home.skipLink).toHaveAttribute("data-nhsuk-skip-link-init", "");

    await page.keyboard.press("Tab");
    await expect(home.skipLink).toBeFocused();
    const box = await home.skipLink.boundingBox();
    expect(box?.height ?? 0, "skip link is visible when focused").toBeGreaterThan(10);

    await page.keyboard.press("Enter");
    await expect(home.main).toBeFocused();
    await expect(page).toHaveURL(/#maincontent$/);
  });

  test("serves the NHS.UK stylesheet from this site with no web fonts", async ({ page, request }) => {
    const response = await request.get("/nhsuk/main.css");
    expect(response.ok()).toBe(true);
    const css = await response.text();
    expect(css).toContain(".nhsuk-header");
    expect(css).not.toMatch(/https?:\/\//);
    expect(css).not.toContain("@font-face");

    const home = new HomePage(page);
    await home.goto();
    await expect(page.locator("html")).toHaveCSS("font-family", "arial, sans-serif");
  });
});

test.describe("home page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the same content, styled, with working links", async ({ page, expectAccessible }) => {
    const home = new HomePage(page);
    await home.goto();

    await expect(page.locator("body")).not.toHaveClass(/js-enabled/);
    await expect(home.heading).toBeVisible();
    await expect(home.serviceName).toBeVisible();
    await expect(home.header).toHaveCSS("background-color", NHS_BLUE);
    for (const path of [...INFORMATION_PAGE_PATHS, ...CHOICE_PATHS]) {
      await expect(home.main.locator(`a[href="${path}"]`).first()).toBeVisible();
    }
    for (const text of Object.keys(FOOTER_PATHS)) {
      await expect(home.footerLink(text)).toBeVisible();
    }

    // The skip link is a plain fragment link, so it still takes keyboard users to the content.
    await page.keyboard.press("Tab");
    await expect(home.skipLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#maincontent$/);

    await expectAccessible();
  });

  test("the header links home from another page", async ({ page }) => {
    const home = new HomePage(page);
    await page.goto("/does-not-exist");
    await home.homeLink.click();
    await expect(home.heading).toBeVisible();
    await expect(page).toHaveURL("/");
  });
});
