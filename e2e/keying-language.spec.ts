import { randomInt } from "node:crypto";

import type { Page } from "@playwright/test";

import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { generatePaperFormReference } from "../lib/pdf/render-paper-form-pdf";
import { StaffBackOffice, type PaperDecision } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Issue #17: staff pages stay English, but a keyed paper form records the language it is printed in,
// and staff see the language of a decision wherever they look at it.

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const todayInLondon = () =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

const paperForm = (overrides: Partial<PaperDecision> = {}): PaperDecision => ({
  choice: "Opt-out", givenName: "Amina", familyName: `Begum${randomInt(1e6)}`, dateOfBirth: "17/05/1970", decidedOn: "01/11/2026",
  receivedOn: todayInLondon(), formReference: generatePaperFormReference(), ...overrides,
});

/** The value beside a term in the decision's summary list ("Language" → "Bengali"). */
function summaryValue(page: Page, term: string) {
  return page.locator(".nhsuk-summary-list__row").filter({ has: page.locator("dt", { hasText: new RegExp(`^${term}$`) }) }).locator("dd");
}

async function decisionByReference(reference: string): Promise<{ id: string; language: string | null }> {
  return withE2eDatabase(async (db) => {
    const result = await db.query("SELECT id::text AS id, language FROM decision WHERE reference = $1", [reference]);
    return result.rows[0] as { id: string; language: string | null };
  });
}

test("a Bengali paper form records its language, the next form keeps it, and staff see \"Language: Bengali\" on the decision and the person's timeline", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  await page.goto("/staff/key");
  // Every published locale by its English name, English to start.
  const languages = page.getByRole("group", { name: "Language of the form" });
  await expect(languages.getByRole("radio")).toHaveCount(7);
  for (const name of ["English", "Bengali", "Bulgarian", "Somali", "Spanish", "Turkish", "Easy Read English"]) {
    await expect(languages.getByRole("radio", { name, exact: true })).toBeVisible();
  }
  await expect(languages.getByRole("radio", { name: "English", exact: true })).toBeChecked();
  await expectAccessible();

  const nhsNumber = randomNhsNumber();
  const reference = await office.keyPaperDecision(paperForm({ nhsNumber, language: "Bengali" }));
  await expect(page.getByRole("status")).toContainText("The opt-out is in effect now.");
  // The next form in the tray is most likely in the same language.
  await expect(languages.getByRole("radio", { name: "Bengali", exact: true })).toBeChecked();
  await expectAccessible();

  const decision = await decisionByReference(reference);
  expect(decision.language).toBe("bn");

  await page.goto(`/staff/decisions/${decision.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Decision ${reference}` })).toBeVisible();
  await expect(summaryValue(page, "Language")).toHaveText("Bengali");
  await expectAccessible();

  await page.goto(`/staff/people/${nhsNumber}`);
  await expect(page.getByTestId("decision-card").filter({ hasText: reference }).locator(".nhsuk-summary-list__row", { hasText: "Language" }).locator("dd")).toHaveText("Bengali");
  await expectAccessible();
});

test("a Somali form without an NHS number shows its language on the tracing worklist and the tracing page, and keeps it once traced", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  const form = paperForm({ language: "Somali" });
  const reference = await office.keyPaperDecision(form);
  const decision = await decisionByReference(reference);
  expect(decision.language).toBe("so");

  await page.goto("/staff/tracing");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Language: Somali");
  await expectAccessible();

  await page.goto(`/staff/tracing/${decision.id}`);
  await expect(summaryValue(page, "Language")).toHaveText("Somali");
  const nhsNumber = randomNhsNumber();
  await page.getByLabel("NHS number", { exact: true }).fill(nhsNumber);
  await page.getByRole("button", { name: "Record NHS number" }).click();
  await expect(page.getByRole("status")).toContainText(`Decision ${reference} now belongs to NHS number`);
  const tracing = await withE2eDatabase(async (db) => (await db.query("SELECT language FROM decision WHERE corrects_id = $1", [decision.id])).rows);
  expect(tracing).toEqual([{ language: "so" }]);

  await page.goto(`/staff/decisions/${decision.id}`);
  await expect(summaryValue(page, "Language")).toHaveText("Somali");
  await expectAccessible();
});

test("a language that is not one of the list is refused in staff words and nothing is recorded", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  const form = paperForm({ nhsNumber: randomNhsNumber(), language: "Bengali" });
  await office.fillPaperDecision(form);
  // What an edited page or a hand-made request would send.
  await page.getByRole("group", { name: "Language of the form" }).getByRole("radio", { name: "Bengali", exact: true }).evaluate((radio) => {
    (radio as HTMLInputElement).value = "fr";
  });
  await page.getByRole("button", { name: "Record decision" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Select the language of the form from the list: English, Bengali, Bulgarian, Somali, Spanish, Turkish or Easy Read English");
  await expectAccessible();
  const stored = await withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM decision WHERE family_name = $1", [form.familyName])).rows[0].n as number);
  expect(stored).toBe(0);
});
