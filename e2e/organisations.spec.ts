import { randomInt } from "node:crypto";

import { WHEN_IT_STARTS_PAGE } from "../lib/content/when-it-starts";
import { InformationPage } from "./pages/information-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

test("an organisation added to the database shows on the page straight away, grouped under its borough and type", async ({
  page,
  expectAccessible,
}) => {
  const odsCode = `E2E${randomInt(100_000, 999_999)}`;
  const name = `Test Lane Surgery ${odsCode}`;
  const view = new InformationPage(page);

  await view.goto(WHEN_IT_STARTS_PAGE.href);
  await expect(page.getByText(name)).toHaveCount(0);

  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO organisation (id, ods_code, name, type, borough, joined_on, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'GP_PRACTICE', 'ISLINGTON', DATE '2026-03-02', now())`,
      [odsCode, name],
    ),
  );
  try {
    await page.reload();
    const islington = page.getByRole("region", { name: "Islington" });
    const item = islington.getByRole("listitem").filter({ hasText: name });
    await expect(item).toContainText("Joined 2 March 2026");
    // Under the GP surgeries heading of that borough.
    await expect(islington.locator("h4", { hasText: "GP surgeries" }).locator("xpath=following-sibling::ul[1]")).toContainText(name);
    await expectAccessible();
  } finally {
    await withE2eDatabase((client) => client.query("DELETE FROM organisation WHERE ods_code = $1", [odsCode]));
  }
});
