import { execFileSync } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";

import { createOTP } from "@better-auth/utils/otp";
import type { Page } from "@playwright/test";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { CHOICE_EMAILS, CONFIRMATION, DECISION, WHO_FOR } from "../lib/content/choice";
import { openDatabase } from "../lib/database/open-database";
import { setEnvVariable } from "../lib/env";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { ChoiceJourneyPage, type ChoiceAnswers } from "./pages/choice-journey-page";
import { StaffBackOffice } from "./pages/staff-back-office";
import { waitForCapturedMail } from "./support/mail";
import { seedStaffIntoE2eDatabase } from "./support/staff";
import { expect, test } from "./support/fixtures";

// The consent rule through the real pages (issue 11, docs/decisions/015):
// the two attacks an outside test found leave the person opted out, the
// address that proved the opt-out is emailed, and the opt-in waits on the
// staff review queue; an unproved opt-in's confirmation page and email read
// the same whatever the person's state.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

// Each test walks two or three whole journeys (axe on every page) and the staff pages.
test.describe.configure({ timeout: 300_000 });

let apiKey: string;
test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
  const output = execFileSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/create-api-client.ts", "--name", "Consent rule browser tests"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMBEDDED_PG_DATABASE: "consent_register_e2e", DATABASE_URL: "" },
    encoding: "utf8",
  });
  apiKey = output.split("\n").find((line) => line.startsWith("nlr_")) ?? "";
  expect(apiKey).not.toBe("");
});

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const letters = () => Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[randomInt(26)]).join("");

function answers(overrides: Partial<ChoiceAnswers>): ChoiceAnswers {
  return {
    whoFor: WHO_FOR.options[0].label,
    givenName: "Ada",
    familyName: `Person-${letters()}`,
    dateOfBirth: { day: "17", month: "5", year: "1970" },
    nhsNumber: generateTestNhsNumber(),
    postcode: "n1 1aa",
    gpPractice: "Angel Corner Practice",
    decision: DECISION.options[0].label,
    email: `resident-${unique()}@example.org`,
    ...overrides,
  };
}

async function registerStatus(request: import("@playwright/test").APIRequestContext, nhsNumber: string): Promise<string> {
  const response = await request.get(`/api/v1/consent/${nhsNumber}`, { headers: { authorization: `Bearer ${apiKey}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).status;
}

/** One whole journey in the browser; returns the reference shown. */
async function makeChoice(journey: ChoiceJourneyPage, slug: "opt-out" | "opt-in", choice: ChoiceAnswers): Promise<string> {
  await journey.start(slug);
  await journey.answerUpToEmail(choice);
  await journey.enterCode(await journey.readCode(choice.email, new Set()));
  await journey.submit();
  await journey.heading(slug === "opt-out" ? CONFIRMATION.title.OPT_OUT : CONFIRMATION.title.OPT_IN);
  return journey.reference();
}

/** A date n days ago as the keying form takes it (a call keyed today is dated midday, which may still be ahead). */
function daysAgo(n: number): string {
  const date = new Date(Date.now() - n * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
}

async function keyPhoneCall(page: Page, fields: { choice: "Opt-out" | "Opt-in"; nhsNumber: string; familyName: string; typedEmail: string; on: string }): Promise<string> {
  await page.goto("/staff/key");
  await page.getByRole("radio", { name: "Phone call" }).check();
  await page.getByLabel("Date received").fill(fields.on);
  await page.getByRole("radio", { name: fields.choice }).check();
  await page.getByLabel("Date of the decision").fill(fields.on);
  await page.getByLabel("NHS number (if known)").fill(fields.nhsNumber);
  await page.getByLabel("Given name").fill("Phoned");
  await page.getByLabel("Family name").fill(fields.familyName);
  await page.getByLabel("Date of birth").fill("09/09/1958");
  await page.getByRole("radio", { name: "The person themself" }).check();
  await page.getByLabel("Email address to reply to (if given)").fill(fields.typedEmail);
  await page.getByRole("button", { name: "Record decision" }).click();
  const reference = page.getByTestId("recorded-reference");
  await expect(reference).toBeVisible();
  return (await reference.textContent())!.trim();
}

/**
 * Signs a demo account in. A TOTP code signs in once, and other tests may
 * have used this account's current code: then wait for the next 30-second
 * step and use its code.
 */
async function signIn(page: Page, role: "caseworker" | "supervisor"): Promise<void> {
  const account = StaffBackOffice.account(role);
  for (let attempt = 1; ; attempt++) {
    await page.goto("/staff/sign-in");
    await page.getByLabel("Work email address").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Enter the code from your authenticator app" })).toBeVisible();
    const code = await createOTP(account.totpSecret, { digits: 6, period: 30 }).totp();
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    const signedIn = page.getByRole("heading", { level: 1, name: "Back office" });
    const refused = page.locator(".nhsuk-error-message, .nhsuk-error-summary");
    await expect(signedIn.or(refused).first()).toBeVisible();
    if (await signedIn.isVisible()) return;
    if (attempt >= 3) throw new Error(`Could not sign in as ${role}: ${await refused.first().textContent()}`);
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500); // the next TOTP step, not a guess
  }
}

async function openReview(page: Page, reference: string): Promise<void> {
  await page.goto("/staff/review");
  // Residents read the reference grouped (F29-9YH-2K6); the staff queue shows it ungrouped.
  const name = new RegExp(reference.replace(/-/g, "").split("").join("-?"));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText("Opt-in reversing an opt-out");
  await row.getByRole("link", { name }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("finding 1: an attacker's opt-out then opt-in from another email leaves the person opted out, emails the person, and waits for review", async ({ page, browser, request, expectAccessible }) => {
    const journey = new ChoiceJourneyPage(page, expectAccessible);
    const person = answers({});
    await makeChoice(journey, "opt-out", person);
    expect(await registerStatus(request, person.nhsNumber!)).toBe("opted-out");

    const attacker = { ...person, givenName: "Mallory", familyName: `Madeup-${letters()}`, email: `attacker-${unique()}@example.org` };
    await makeChoice(journey, "opt-out", attacker);
    const optIn = await makeChoice(journey, "opt-in", { ...attacker, decision: DECISION.options[1].label });
    // The page says the same as for anyone, and the register still says opted out.
    await expect(page.getByText(CONFIRMATION.next.OPT_IN_RECEIVED[0])).toBeVisible();
    await expectAccessible();
    expect(await registerStatus(request, person.nhsNumber!)).toBe("opted-out");

    // The address that proved the opt-out is told, without anything the attacker gave.
    const notice = await waitForCapturedMail((m) => m.to.includes(person.email) && m.subject.includes(formatReferenceNumber(optIn)));
    expect(notice.text).toContain("has not taken effect");
    for (const secret of [attacker.email, attacker.familyName, "Mallory"]) expect(`${notice.subject}\n${notice.text}\n${notice.html}`).not.toContain(secret);

    // A supervisor finds it on the review queue.
    const staffPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(staffPage, "supervisor");
    await openReview(staffPage, formatReferenceNumber(optIn));
    await expect(staffPage.getByRole("button", { name: "Accept" })).toBeVisible();
    await staffPage.context().close();
  });
});

test("finding 2: a keyed phone opt-in with the typed email of the keyed opt-out waits for a second member of staff", async ({ browser, request }) => {
  const caseworker = await (await browser.newContext()).newPage();
  await signIn(caseworker, "caseworker");
  const nhsNumber = generateTestNhsNumber();
  const familyName = `Caller-${letters()}`;
  const typedEmail = `typed-${unique()}@example.org`;
  await keyPhoneCall(caseworker, { choice: "Opt-out", nhsNumber, familyName, typedEmail, on: daysAgo(2) });
  // The confirmation says what happened to this decision (issue 16 point 4), not every possible outcome.
  await expect(caseworker.getByRole("status")).toContainText("The opt-out is in effect now.");
  await expect(caseworker.getByRole("status")).not.toContainText("tracing worklist");
  const optIn = await keyPhoneCall(caseworker, { choice: "Opt-in", nhsNumber, familyName, typedEmail, on: daysAgo(1) });
  await expect(caseworker.getByRole("status")).toContainText("The opt-in is waiting for review");
  await expect(caseworker.getByRole("status")).toContainText("a second member of staff must check it");
  expect(await registerStatus(request, nhsNumber)).toBe("opted-out");

  // The supervisor, a second member of staff, reviews and accepts it.
  const supervisor = await (await browser.newContext()).newPage();
  await signIn(supervisor, "supervisor");
  await openReview(supervisor, optIn);
  await supervisor.getByRole("button", { name: "Accept" }).click();
  await expect(supervisor.getByText(`Decision ${optIn} accepted`)).toBeVisible();
  expect(await registerStatus(request, nhsNumber)).toBe("participating");

  // A supervisor who keys an opt-in cannot accept it themselves: a clear refusal, nothing changes.
  const other = generateTestNhsNumber();
  await keyPhoneCall(supervisor, { choice: "Opt-out", nhsNumber: other, familyName, typedEmail, on: daysAgo(2) });
  const own = await keyPhoneCall(supervisor, { choice: "Opt-in", nhsNumber: other, familyName, typedEmail, on: daysAgo(1) });
  await openReview(supervisor, own);
  await supervisor.getByRole("button", { name: "Accept" }).click();
  await expect(supervisor.locator(".nhsuk-error-summary")).toContainText("You keyed this opt-in, so another member of staff must check and accept it");
  expect(await registerStatus(request, other)).toBe("opted-out");
  await caseworker.context().close();
  await supervisor.context().close();
});

/** Records decisions straight into the site's database, as another channel would have. */
async function inE2eRegister<T>(fn: (register: typeof import("../lib/consent/record-decision")) => Promise<T>): Promise<T> {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_e2e" });
  try {
    setEnvVariable("DATABASE_URL", database.url);
    const register = await import("../lib/consent/record-decision");
    const result = await fn(register);
    await (await import("../lib/db")).disconnectDb();
    return result;
  } finally {
    await database.close();
  }
}

test("an unproved opt-in's confirmation page and email are the same for an opted-out, a participating and an unknown person", async ({ page, expectAccessible }) => {
  const optedOut = generateTestNhsNumber();
  const participating = generateTestNhsNumber();
  const unknown = generateTestNhsNumber();
  await inE2eRegister(async ({ recordDecision }) => {
    const details = { givenName: "Earlier", familyName: "Choice", dateOfBirth: "1970-05-17", madeBy: "SELF", channel: "ONLINE", contactEmail: `earlier-${unique()}@example.org` } as const;
    await recordDecision({ details: { ...details, nhsNumber: optedOut, choice: "OPT_OUT", decidedAt: new Date(Date.now() - 86_400_000) }, assurance: { level: "PROVED_EMAIL" }, recordedBy: { kind: "RESIDENT" } });
    await recordDecision({ details: { ...details, nhsNumber: participating, choice: "OPT_OUT", decidedAt: new Date(Date.now() - 2 * 86_400_000) }, assurance: { level: "PROVED_EMAIL" }, recordedBy: { kind: "RESIDENT" } });
    await recordDecision({ details: { ...details, nhsNumber: participating, choice: "OPT_IN", decidedAt: new Date(Date.now() - 86_400_000) }, assurance: { level: "PROVED_EMAIL" }, recordedBy: { kind: "RESIDENT" } });
  });

  const journey = new ChoiceJourneyPage(page, expectAccessible);
  const requester = `requester-${unique()}@example.org`;
  const seen: { page: string; email: string }[] = [];
  for (const nhsNumber of [optedOut, participating, unknown]) {
    const reference = formatReferenceNumber(
      await makeChoice(journey, "opt-in", answers({ nhsNumber, familyName: "Same", email: requester, decision: DECISION.options[1].label })),
    );
    await expectAccessible();
    const text = (await page.locator("main").innerText()).replaceAll(reference, "REFERENCE");
    const mail = await waitForCapturedMail((m) => m.to.includes(requester) && m.subject.includes(reference));
    const email = `${mail.subject}\n${mail.text}`
      .replaceAll(reference, "REFERENCE")
      .replace(new RegExp(`(${CHOICE_EMAILS.rows.recordedAt}: ).*`), "$1DATE");
    seen.push({ page: text, email });
  }
  expect(seen[1]!.page).toBe(seen[0]!.page);
  expect(seen[2]!.page).toBe(seen[0]!.page);
  expect(seen[1]!.email).toBe(seen[0]!.email);
  expect(seen[2]!.email).toBe(seen[0]!.email);
  expect(seen[0]!.page).toContain(CONFIRMATION.next.OPT_IN_RECEIVED[1]);
  expect(seen[0]!.email).toContain(CHOICE_EMAILS.optInStatus);
});
