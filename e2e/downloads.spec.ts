import { parse } from "csv-parse/sync";

import { DOWNLOADS } from "../lib/content/routes";
import { InformationPage } from "./pages/information-page";
import { expect, test } from "./support/fixtures";

test("the leaflet downloads as a PDF from the home page", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Download the leaflet/ })).toHaveAttribute("href", DOWNLOADS.leafletPdf);
  const response = await request.get(DOWNLOADS.leafletPdf);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("the left-out list downloads as CSV and PDF, with the same items as the page", async ({ page, request, expectAccessible }) => {
  const view = new InformationPage(page);
  await view.goto("/whats-left-out");
  await expectAccessible();
  const onPage = await page
    .getByRole("table", { name: /never shown/ })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? "")));

  const csvLink = view.link("Information left out of the joined-up record (CSV, for spreadsheets)");
  const csvResponse = await request.get((await csvLink.getAttribute("href"))!);
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows: string[][] = parse(await csvResponse.text(), { bom: true });
  expect(rows.slice(1).map(([, category, includes]) => [category, includes])).toEqual(onPage);
  expect(onPage.length).toBeGreaterThanOrEqual(10);

  const pdfLink = view.link("Information left out of the joined-up record (PDF)");
  const pdfResponse = await request.get((await pdfLink.getAttribute("href"))!);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
});
