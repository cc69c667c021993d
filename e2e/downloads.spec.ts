import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { parse } from "csv-parse/sync";

import { CONTACT_DETAILS } from "../lib/content/contact-details";
import { contentFor } from "../lib/content/locales";
import { EXAMPLE_PUBLIC_SITE_URL, exampleDetailsNotice } from "../lib/content/programme";
import { DOWNLOADS } from "../lib/content/routes";
import { CHOICE_RULES } from "../lib/content/rules";
import { EXCLUDED_INFORMATION_STATUS } from "../lib/content/whats-left-out";
import { LOCALE_INFO } from "../lib/i18n/locales";
import { localiseHref } from "../lib/i18n/paths";
import { PUBLISHED_LOCALES } from "../lib/i18n/published";
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
    .getByRole("table", { name: /left out of the joined-up record/ })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? "")));

  const csvLink = view.link("Information left out of the joined-up record (CSV, for spreadsheets)");
  const csvResponse = await request.get((await csvLink.getAttribute("href"))!);
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows: string[][] = parse(await csvResponse.text(), { bom: true });
  expect(rows.slice(1).map(([, category, includes]) => [category, includes])).toEqual(onPage);
  const status = EXCLUDED_INFORMATION_STATUS;
  if (status) {
    expect(rows.slice(1).every((row) => row[3] === status.csv)).toBe(true);
    await expect(page.getByText(status.text)).toBeVisible();
  }
  expect(onPage.length).toBeGreaterThanOrEqual(10);

  const pdfLink = view.link("Information left out of the joined-up record (PDF)");
  const pdfResponse = await request.get((await pdfLink.getAttribute("href"))!);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
});

/** What a person's tools read from a PDF: pdftotext (poppler-utils), white space made single spaces. */
function pdfText(name: string, body: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "downloads-")), name);
  writeFileSync(file, body);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/-\n/g, "-").replace(/\s+/g, " ");
}

test("the leaflet and paper form as served give the configured contact details and the public address, never localhost", async ({ request }) => {
  // The browser tests run the site on 127.0.0.1 (playwright.config.ts): print the example public address instead.
  const notice = exampleDetailsNotice("http://127.0.0.1:3100");
  for (const href of [DOWNLOADS.leafletPdf, DOWNLOADS.leafletLargePrintPdf, DOWNLOADS.paperFormPdf, DOWNLOADS.paperFormLargePrintPdf, DOWNLOADS.excludedInformationPdf]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toBe("application/pdf");
    const text = pdfText("download.pdf", await response.body());
    expect(text, href).toContain(CONTACT_DETAILS.phone);
    expect(text, href).toContain(CONTACT_DETAILS.email);
    expect(text, href).toContain(EXAMPLE_PUBLIC_SITE_URL);
    expect(text, href).not.toMatch(/localhost|127\.0\.0\.1/);
    if (notice) expect(text, href).toContain(notice.heading);
  }
  for (const href of [DOWNLOADS.paperFormPdf, DOWNLOADS.paperFormLargePrintPdf]) {
    const response = await request.get(href);
    expect(response.headers()["cache-control"], href).toBe("no-store");
    const form = pdfText("paper-form.pdf", await response.body());
    expect(form, href).toContain(CONTACT_DETAILS.postalAddress.join(" "));
    expect(form, href).toContain(CHOICE_RULES.emergencyWarning.paragraphs[0]);
  }
});

test("every published language's leaflet, left-out list and paper form download in that language, large print too", async ({ request }) => {
  for (const locale of PUBLISHED_LOCALES.filter((each) => each !== "en")) {
    const content = contentFor(locale);
    const expected: [string, string][] = [
      [DOWNLOADS.leafletPdf, content.leaflet.LEAFLET.title],
      [DOWNLOADS.leafletLargePrintPdf, content.leaflet.LEAFLET.title],
      [DOWNLOADS.excludedInformationPdf, content.whatsLeftOut.EXCLUDED_INFORMATION_DOWNLOAD.title],
      [DOWNLOADS.paperFormPdf, content.choice.PAPER_FORM.title],
      [DOWNLOADS.paperFormLargePrintPdf, content.choice.PAPER_FORM.title],
    ];
    for (const [href, title] of expected) {
      const address = localiseHref(locale, href);
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      const body = await response.body();
      expect(body.toString("latin1"), address).toContain(`/Lang (${LOCALE_INFO[locale].htmlLang})`);
      expect(pdfText("download.pdf", body), address).toContain(title.replace(/\s+/g, " "));
    }
  }
});
