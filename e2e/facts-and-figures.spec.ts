import { FACTS_AND_FIGURES, FEWER_THAN_10, NOT_SHOWN, monthLabel } from "../lib/content/facts-and-figures";
import { FactsAndFiguresPage } from "./pages/facts-and-figures-page";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// The public monthly dashboard (issue 16, point 8): no sign-in, charts drawn
// on the server with their tables, a month chooser that is a plain GET form,
// and the CSV and JSON downloads, all with the suppression rule applied.

const COUNT = /^(fewer than 10|\d{1,3}(,\d{3})*)$/;

test.describe("facts and figures with JavaScript", () => {
  test("shows each month, each borough and each channel as a chart and a table, reached from the footer", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Facts and figures" }).click();
    await expect(page).toHaveURL(/\/facts-and-figures$/);
    const figures = new FactsAndFiguresPage(page);
    await expect(figures.h1).toHaveText(FACTS_AND_FIGURES.title);
    await figures.expectChartsNamed();
    await expect(figures.table(/each month/)).toBeVisible();
    await expect(figures.table(/by borough/)).toBeVisible();
    await expect(figures.table(/by how people told us/)).toBeVisible();
    // Twelve months, oldest first, and the whole period's total.
    await expect(figures.table(/each month/).locator("tbody tr")).toHaveCount(13);
    await expect(figures.table(/by borough/).locator("tbody th")).toContainText(["Barnet", "Camden", "Enfield", "Haringey", "Islington", "Borough not known"]);
    await expect(figures.table(/by how people told us/).locator("tbody th")).toContainText(["Online", "Paper form", "Phone", "Carried across from CareMyWay", "Carried across from CIDR"]);
    await figures.expectOnlyPublishedFigures();
    for (const cell of await figures.main.locator("table tbody td").allTextContents()) expect(cell).toMatch(new RegExp(`${COUNT.source}|^[+-]?\\d[\\d,]*$|^${NOT_SHOWN}$`));
    await expectAccessible();
  });

  test("narrows the borough and channel figures to one month", async ({ page, expectAccessible }) => {
    const figures = new FactsAndFiguresPage(page);
    await figures.goto();
    const option = figures.period.locator("option").nth(1);
    const month = (await option.getAttribute("value"))!;
    await figures.period.selectOption(month);
    await figures.show.click();
    await expect(page).toHaveURL(new RegExp(`\\?month=${month}$`));
    await expect(figures.table(new RegExp(`by borough, ${monthLabel(month)}$`))).toBeVisible();
    await expect(figures.period).toHaveValue(month);
    await figures.expectOnlyPublishedFigures();
    await expectAccessible();
  });

  test("says so when asked for a month it has no figures for", async ({ page }) => {
    const figures = new FactsAndFiguresPage(page);
    await figures.goto("?month=1999-01");
    await expect(figures.main).toContainText(FACTS_AND_FIGURES.periodSelect.unknownMonth);
    await expect(figures.table(/by borough, .* to /)).toBeVisible();
  });

  test("downloads the same figures as CSV and JSON from the page", async ({ page }) => {
    const figures = new FactsAndFiguresPage(page);
    await figures.goto();
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), figures.main.getByRole("link", { name: FACTS_AND_FIGURES.downloads[0].text }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^joined-up-record-facts-and-figures-\d{4}-\d{2}\.csv$/);
    const csv = await (await import("node:fs/promises")).readFile((await csvDownload.path())!, "utf8");
    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), figures.main.getByRole("link", { name: FACTS_AND_FIGURES.downloads[1].text }).click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    const json = JSON.parse(await (await import("node:fs/promises")).readFile((await jsonDownload.path())!, "utf8")) as {
      months: string[];
      rows: { period: string; breakdown: string; category: string; optOuts: number | string; optIns: number | string; netChange: number | null }[];
    };

    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("period,breakdown,category,opt_outs,opt_ins,net_change");
    // Each of 12 months and the whole period: one total, 6 boroughs, 5 channels.
    expect(lines).toHaveLength(1 + 13 * 12);
    expect(json.months).toHaveLength(12);
    expect(json.rows).toHaveLength(13 * 12);
    lines.slice(1).forEach((line, i) => {
      const [period, breakdown, category, optOuts, optIns, net] = line.split(",");
      const row = json.rows[i]!;
      expect([period, breakdown, category]).toEqual([row.period, row.breakdown, row.category]);
      expect([optOuts, optIns, net]).toEqual([String(row.optOuts), String(row.optIns), row.netChange === null ? NOT_SHOWN : String(row.netChange)]);
      for (const value of [row.optOuts, row.optIns]) {
        if (value !== FEWER_THAN_10) expect(typeof value === "number" && value >= 10 && value % 5 === 0, String(value)).toBe(true);
      }
    });

    // The page's whole-period total is the downloads' whole-period total.
    const total = json.rows.find((r) => r.period.includes("/") && r.breakdown === "total")!;
    const pageTotal = figures.table(/each month/).locator("tbody tr").last().locator("td").first();
    await expect(pageTotal).toHaveText(typeof total.optOuts === "number" ? total.optOuts.toLocaleString("en-GB") : total.optOuts);
  });

  test("are on the staff reports page too, with the same rounding", async ({ page, expectAccessible }) => {
    await seedStaffIntoE2eDatabase();
    await new StaffBackOffice(page).signIn("admin");
    await page.goto("/staff/reports");
    const section = page.getByRole("region", { name: FACTS_AND_FIGURES.staffSection.heading });
    await expect(section.getByRole("link", { name: FACTS_AND_FIGURES.staffSection.link })).toHaveAttribute("href", "/facts-and-figures");
    await expect(section.locator("svg[role=img]")).toHaveCount(3);
    const staffCells = await section.locator("table tbody td").allTextContents();
    const figures = new FactsAndFiguresPage(page);
    await figures.goto();
    expect(await figures.main.locator("table tbody td").allTextContents()).toEqual(staffCells);
    await page.goto("/staff/reports");
    await expectAccessible();
  });
});

test.describe("facts and figures without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("draws the charts and tables on the server", async ({ page, expectAccessible }) => {
    test.slow(); // axe without JavaScript renders a second copy of the page
    const figures = new FactsAndFiguresPage(page);
    await figures.goto();
    await figures.expectChartsNamed();
    await expect(figures.tables).toHaveCount(3);
    await figures.expectOnlyPublishedFigures();
    await expectAccessible();
  });

  test("the month chooser works as a plain form", async ({ page, expectAccessible }) => {
    test.slow();
    const figures = new FactsAndFiguresPage(page);
    await figures.goto();
    const month = (await figures.period.locator("option").last().getAttribute("value"))!;
    await figures.period.selectOption(month);
    await figures.show.click();
    await expect(page).toHaveURL(new RegExp(`\\?month=${month}$`));
    await expect(figures.table(new RegExp(`by how people told us, ${monthLabel(month)}$`))).toBeVisible();
    await expect(figures.charts).toHaveCount(3);
    await expectAccessible();
  });
});
