import { NOT_FOUND_PAGE } from "../lib/content/errors";
import { SITE_TITLE } from "../lib/content/site";
import { expect, test } from "./support/fixtures";

test("an unknown address shows the NHS.UK page not found page", async ({ page, expectAccessible }) => {
  const response = await page.goto("/this-page-does-not-exist");

  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(`${NOT_FOUND_PAGE.title} – ${SITE_TITLE}`);
  await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND_PAGE.title })).toBeVisible();
  for (const sentence of NOT_FOUND_PAGE.links) {
    await expect(page.getByRole("main").getByRole("link", { name: sentence.link.text })).toHaveAttribute(
      "href",
      sentence.link.href,
    );
  }
  await expectAccessible();
});
