import { createHash, randomInt } from "node:crypto";
import { readFileSync } from "node:fs";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// The supervisor-only legacy import: upload, dry-run report, rejected rows as
// CSV, commit, and the same file again, with and without JavaScript.

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const withWrongCheckDigit = (nhs: string) => nhs.slice(0, 9) + String((Number(nhs[9]) + 1) % 10);

/** A CareMyWay extract: Windows-1252 (ë is one byte), CRLF, header, rows, TOTAL_ROWS trailer. */
function careMyWayFile(rows: { nhs: string; surname: string; forenames: string; code: string }[]): Buffer {
  const lines = [
    "NHS_NUMBER,SURNAME,FORENAMES,DATE_OF_BIRTH,POSTCODE,PRACTICE_CODE,READ_CODE,EVENT_DATE,ENTERED_BY",
    ...rows.map((r) => [r.nhs, r.surname, r.forenames, "17/05/1970", "N1 1AA", "F83001", r.code, "15/06/2019 10:30", "JSMITH"].join(",")),
    `TOTAL_ROWS=${rows.length}`,
  ];
  return Buffer.from(lines.join("\r\n") + "\r\n", "latin1");
}

const countImported = (nhsNumbers: string[]) =>
  withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = ANY($1) AND import_run_id IS NOT NULL", [nhsNumbers])).rows[0].n as number);

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`legacy import ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a supervisor checks a file, downloads its rejected rows, commits it once, and is told a second upload is already imported", async ({ page, expectAccessible }) => {
      const office = new StaffBackOffice(page);
      await office.signIn("supervisor");
      await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Legacy import" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Import legacy opt-outs" })).toBeVisible();
      await expectAccessible();

      // Nothing chosen: two specific messages, nothing kept.
      await page.getByRole("button", { name: "Upload and check" }).click();
      const summary = page.locator(".nhsuk-error-summary");
      await expect(summary).toContainText("Select where the file comes from: CareMyWay or CIDR");
      await expect(summary).toContainText("Select the legacy extract to upload");
      await expectAccessible();

      const [good, bad, optIn] = [randomNhsNumber(), randomNhsNumber(), randomNhsNumber()];
      const wrong = withWrongCheckDigit(bad);
      // A row without an NHS number too (the tracing worklist): issue 16 found the dry run saying
      // "3 accepted" and the commit "4 new decisions" for such a file.
      const untracedSurname = `Untraced${randomInt(1_000_000)}`;
      const file = careMyWayFile([
        { nhs: good, surname: "O'Brien", forenames: "Ada", code: "93C1." },
        { nhs: wrong, surname: "Testperson", forenames: "Zoë", code: "93C1." },
        { nhs: optIn, surname: "Núñez", forenames: "Ana", code: "93C0." },
        { nhs: "", surname: untracedSurname, forenames: "Ann", code: "93C1." },
      ]);
      const sha256 = createHash("sha256").update(file).digest("hex");
      await page.getByRole("radio", { name: /^CareMyWay/ }).check();
      await page.getByLabel("Legacy extract").setInputFiles({ name: "islington.csv", mimeType: "text/csv", buffer: file });
      await page.getByRole("button", { name: "Upload and check" }).click();

      await expect(page.getByRole("heading", { level: 1, name: "Check the import report" })).toBeVisible();
      await expect(page.getByText(sha256)).toBeVisible();
      await expect(page.getByRole("row", { name: /^Rows read/ })).toContainText("4");
      await expect(page.getByRole("row", { name: /^New decisions/ })).toContainText("3");
      await expect(page.getByRole("row", { name: /^of which accepted/ })).toContainText("2");
      await expect(page.getByRole("row", { name: /^of which untraced/ })).toContainText("1");
      await expect(page.getByRole("row", { name: /^Rejected \d/ })).toContainText("1");
      await expect(page.getByText("Committing writes what this report shows in one go (3 new decisions)")).toBeVisible();
      // Reasons in words, not codes.
      const reasons = page.locator("#reasons-caption").locator("..");
      await expect(reasons).toContainText("NHS number fails its check digit");
      await expect(reasons).not.toContainText("nhs-number-check-digit");
      await expect(page.getByTestId("issues-total")).toContainText("1 row was rejected or retracted");
      const issues = page.locator("#issues-caption").locator("..");
      await expect(issues.getByRole("row").nth(1)).toContainText("3");
      await expect(issues.getByRole("row").nth(1)).toContainText("Rejected");
      await expect(issues.getByRole("row").nth(1)).toContainText(/check digit/i);
      expect(await countImported([good, optIn])).toBe(0);
      await expectAccessible();

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the rejected rows as CSV" }).click()]);
      expect(download.suggestedFilename()).toBe(`caremyway-rejected-rows-${sha256.slice(0, 12)}.csv`);
      const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(csv).toHaveLength(2);
      expect(csv[0]).toMatch(/^row,outcome,reason,message,NHS_NUMBER,SURNAME,FORENAMES,/);
      expect(csv[1]).toMatch(new RegExp(`^3,rejected,nhs-number-check-digit,.*,${wrong},Testperson,Zoë,17/05/1970,N1 1AA,F83001,93C1\\.,`));

      await page.getByRole("button", { name: "Commit this import" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Import committed" })).toBeVisible();
      // The same number the dry run gave, in the same table.
      await expect(page.locator(".nhsuk-panel")).toContainText("3 new decisions imported from islington.csv");
      await expect(page.getByRole("row", { name: /^New decisions/ })).toContainText("3");
      const run = await withE2eDatabase(async (db) => (await db.query("SELECT id, ran_by_kind, file_name FROM import_run WHERE sha256 = $1", [sha256])).rows);
      expect(run).toHaveLength(1);
      expect(run[0]).toMatchObject({ ran_by_kind: "STAFF", file_name: "islington.csv" });
      await expect(page.locator(".nhsuk-summary-list")).toContainText(run[0].id);
      await expect(page.locator(".nhsuk-summary-list")).toContainText(StaffBackOffice.account("supervisor").email);
      expect(await countImported([good, optIn])).toBe(2);
      await expectAccessible();

      // The confirm sent again (back button and resubmit): the same result, nothing imported twice.
      const resend = await page.request.post(`${new URL(page.url()).pathname}/commit`, { headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
      expect(resend.status()).toBe(303);
      expect(await countImported([good, optIn])).toBe(2);

      // The same file again: said plainly, no commit offered.
      await page.goto("/staff/imports");
      await page.getByRole("radio", { name: /^CareMyWay/ }).check();
      await page.getByLabel("Legacy extract").setInputFiles({ name: "islington-again.csv", mimeType: "text/csv", buffer: file });
      await page.getByRole("button", { name: "Upload and check" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "This file was already imported" })).toBeVisible();
      await expect(page.getByTestId("already-imported")).toContainText(`as import run ${run[0].id}`);
      await expect(page.getByRole("button", { name: "Commit this import" })).toHaveCount(0);
      await expectAccessible();
      expect(await countImported([good, optIn])).toBe(2);
    });
  });
}

test("a refused file shows its one message and offers no commit", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("supervisor");
  await page.goto("/staff/imports");
  const nhs = randomNhsNumber();
  const cut = careMyWayFile([{ nhs, surname: "Testperson", forenames: "Ada", code: "93C1." }]).toString("latin1").replace(/TOTAL_ROWS=1\r\n$/, "");
  await page.getByRole("radio", { name: /^CareMyWay/ }).check();
  await page.getByLabel("Legacy extract").setInputFiles({ name: "cut.csv", mimeType: "text/csv", buffer: Buffer.from(cut, "latin1") });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This file cannot be imported" })).toBeVisible();
  await expect(page.getByTestId("refusal")).toContainText(/TOTAL_ROWS/);
  await expect(page.getByRole("button", { name: "Commit this import" })).toHaveCount(0);
  await expectAccessible();
  expect(await countImported([nhs])).toBe(0);
});

test("a caseworker gets 403 for the page and both routes, and is not shown the link", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await expect(page.getByRole("link", { name: "Legacy import" })).toHaveCount(0);
  const response = await page.goto("/staff/imports");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
  await expectAccessible();

  const nhs = randomNhsNumber();
  const file = careMyWayFile([{ nhs, surname: "Testperson", forenames: "Ada", code: "93C1." }]);
  const origin = new URL(page.url()).origin;
  const upload = await page.request.post("/staff/imports/upload", {
    headers: { origin },
    multipart: { source: "caremyway", file: { name: "x.csv", mimeType: "text/csv", buffer: file } },
    maxRedirects: 0,
  });
  expect(upload.status()).toBe(403);
  const commit = await page.request.post("/staff/imports/00000000-0000-4000-8000-000000000000/commit", { headers: { origin }, maxRedirects: 0 });
  expect(commit.status()).toBe(403);
  const csv = await page.request.get("/staff/imports/00000000-0000-4000-8000-000000000000/rejected-rows.csv", { maxRedirects: 0 });
  expect(csv.status()).toBe(403);
  expect(await countImported([nhs])).toBe(0);
});

test("a post from another site is refused before anything is read, even for a signed-in supervisor", async ({ page }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("supervisor");
  const nhs = randomNhsNumber();
  const file = careMyWayFile([{ nhs, surname: "Testperson", forenames: "Ada", code: "93C1." }]);
  const sha256 = createHash("sha256").update(file).digest("hex");
  for (const headers of [{ origin: "https://evil.example" }, {}] as Record<string, string>[]) {
    const response = await page.request.post("/staff/imports/upload", {
      headers,
      multipart: { source: "caremyway", file: { name: "x.csv", mimeType: "text/csv", buffer: file } },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  }
  const uploads = await withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'import.upload' AND details->>'sha256' = $1", [sha256])).rows[0].n);
  expect(uploads).toBe(0);
});

test("a file bigger than any request-body buffer arrives whole and is checked in full", async ({ page }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("supervisor");
  // 200,000 rows, about 15 MB: over proxy.ts's body limit and the server actions' 11 MB.
  const nhs = randomNhsNumber();
  const rows = Array.from({ length: 200_000 }, () => ({ nhs, surname: "Testperson", forenames: "Ada", code: "93C1." }));
  const file = careMyWayFile(rows);
  expect(file.length).toBeGreaterThan(13 * 1024 * 1024);
  const sha256 = createHash("sha256").update(file).digest("hex");
  const response = await page.request.post("/staff/imports/upload", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { source: "caremyway", file: { name: "big.csv", mimeType: "text/csv", buffer: file } },
    maxRedirects: 0,
    timeout: 120_000,
  });
  expect(response.status()).toBe(303);
  await page.goto(response.headers().location!);
  await expect(page.getByText(sha256)).toBeVisible();
  await expect(page.getByRole("row", { name: /^Rows read/ })).toContainText("200,000");
  // Every row after the first repeats it exactly.
  await expect(page.getByRole("row", { name: /^Duplicates/ })).toContainText("199,999");
});

test("a signed-out post is sent to sign-in and nothing is kept", async ({ request, baseURL }) => {
  const file = careMyWayFile([{ nhs: randomNhsNumber(), surname: "Testperson", forenames: "Ada", code: "93C1." }]);
  const sha256 = createHash("sha256").update(file).digest("hex");
  const response = await request.post("/staff/imports/upload", {
    headers: { origin: new URL(baseURL!).origin },
    multipart: { source: "caremyway", file: { name: "x.csv", mimeType: "text/csv", buffer: file } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe("/staff/sign-in");
  const uploads = await withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'import.upload' AND details->>'sha256' = $1", [sha256])).rows[0].n);
  expect(uploads).toBe(0);
});
