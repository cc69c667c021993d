// npm run bench:keying: how fast a skilled caseworker keys paper opt-outs, in
// a real browser against the production build on this machine.
//
// Starts, on a fresh database of its own on the embedded PostgreSQL server, the
// local SMTP capture server and the built site; signs the demo caseworker in;
// then keys a set of realistic paper opt-out forms (issue 16's "standard paper
// opt-out": NHS number, decision, date on the form, the printed form
// reference, date of birth and names) as a keyer does, with the keyboard only:
// every key is pressed one at a time at a fixed typing speed, Tab moves between
// fields, Space chooses a radio, Enter records. The form reference is scanned
// from the barcode on the form (ADR 031): each form is printed as the site
// prints it (the paper form PDF, with that form's reference), its barcode is
// read from the printed page as a scanner would (lib/pdf/testing/read-barcode.ts),
// and the scan costs the keyer one press of the scanner's trigger after a pause
// to pick it up and aim (--scan-ms, default 1500), while the scanner types what
// it read into the focused box as a keyboard does, a character every 8 ms.
// --type-references types the nine characters instead, as without a scanner. The first form of a sitting
// also answers the questions the form then remembers (how it reached us,
// signed, who made it, and the keyer's "move on by itself" choice), pressing
// Tab after every answer; later forms rely on the form moving on by itself
// after a complete NHS number, decision, four-digit date of the decision,
// form reference and date of birth, and Tab only between the two names.
// The date on the form is typed as its day and month (a form of the last
// three weeks). For each form it counts the keys pressed and the
// seconds from the empty form to the confirmation, checks the confirmation
// and the register (every form recorded once, as typed, in English: the
// language of the form starts at English and costs no keystroke), and prints both.
//
// Options: --forms N (default 12), --key-delay MS (default 250: about 14,000
// keystrokes an hour, a skilled data-entry rate), --scan-ms MS, --type-references,
// --skip-build.
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { createOTP } from "@better-auth/utils/otp";
import { chromium, type Page } from "playwright";

import { recreateDatabase } from "@/lib/database/embedded-server";
import { applyMigrations, defaultMigrationPaths } from "@/lib/database/migrate";
import { openDatabase } from "@/lib/database/open-database";
import { disconnectDb, getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { nhsCheckDigit } from "@/lib/nhs-number/nhs-number";
import { CONTENT } from "@/lib/content/locales/en";
import { renderPaperFormPdf } from "@/lib/pdf/render-paper-form-pdf";
import { readCode128 } from "@/lib/pdf/testing/read-barcode";
import { DEMO_STAFF_ACCOUNTS, seedDemoStaff } from "@/lib/staff/demo-staff";

import { loadDotEnv, PROJECT_ROOT } from "../support/run-script";
import { openMailInbox } from "./support/mail-inbox";
import { runCommand, startSite, waitUntilServing, type RunningServer } from "./support/servers";

const { values } = parseArgs({
  options: {
    forms: { type: "string", default: "12" },
    "key-delay": { type: "string", default: "250" },
    "scan-ms": { type: "string", default: "1500" },
    "type-references": { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
  },
});
const FORMS = Number(values.forms);
const KEY_DELAY_MS = Number(values["key-delay"]);
const SCAN_MS = Number(values["scan-ms"]);
const SCANNER = !values["type-references"];
/** A keyboard-wedge scanner's pace: it types what it read far faster than a person. */
const SCANNER_CHARACTER_MS = 8;
if (!Number.isInteger(FORMS) || FORMS < 2 || FORMS > 500 || !Number.isFinite(KEY_DELAY_MS) || KEY_DELAY_MS < 0 || KEY_DELAY_MS > 2000 || !Number.isFinite(SCAN_MS) || SCAN_MS < 0 || SCAN_MS > 10_000) {
  console.error("usage: npm run bench:keying -- [--forms N (2 to 500)] [--key-delay MS (0 to 2000)] [--scan-ms MS (0 to 10000)] [--type-references] [--skip-build]");
  process.exit(2);
}
const TARGET = { keystrokes: 45, seconds: 20 };
const PORT = 3231;
const SITE = `http://127.0.0.1:${PORT}`;
const WORK_DIR = path.join(PROJECT_ROOT, ".data", "bench-keying");

// Realistic names from the forms a North London post room sees (not real people).
const GIVEN = ["Amina", "John", "Mehmet", "Sarah", "Kwame", "Ayesha", "David", "Elif", "Fatima", "Tom", "Grace", "Nikos"];
const FAMILY = ["Begum", "Smith", "Yilmaz", "Cohen", "Mensah", "Khan", "Murphy", "Demir", "Ali", "Evans", "Okafor", "Georgiou"];

/** `formReference` as printed ("PF-ABC-DEF-GHJ"); `scanned`, what a scanner reads from the printed form's barcode. */
type PaperForm = { nhsNumber: string; givenName: string; familyName: string; dateOfBirth: string; decidedOn: { typed: string; iso: string }; formReference: string; scanned: string | null };

/** A day some days ago in London: as typed (its day and month, "0111") and as stored (yyyy-mm-dd). */
function daysAgoInLondon(days: number): { typed: string; iso: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" })
      .formatToParts(new Date(Date.now() - days * 86_400_000))
      .map((p) => [p.type, p.value]),
  );
  return { typed: `${parts.day}${parts.month}`, iso: `${parts.year}-${parts.month}-${parts.day}` };
}

function testNhsNumber(seed: number): string {
  for (let n = seed; ; n++) {
    const firstNine = `999${String(n % 10_000_000).padStart(6, "0")}`;
    const check = nhsCheckDigit(firstNine);
    if (check !== null) return `${firstNine}${check}`;
  }
}

/** The forms, each printed as the site prints it, with its own reference and barcode. */
async function makeForms(count: number): Promise<PaperForm[]> {
  const base = 100_000 + (Date.now() % 800_000);
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    const day = String(1 + ((i * 7) % 28)).padStart(2, "0");
    const month = String(1 + ((i * 5) % 12)).padStart(2, "0");
    return {
      nhsNumber: testNhsNumber(base + i * 13),
      givenName: GIVEN[i % GIVEN.length]!,
      familyName: FAMILY[(i * 5) % FAMILY.length]!,
      // Typed as eight digits, as keyers do; the date on the form, of the last three weeks, as its day and month.
      dateOfBirth: `${day}${month}${1940 + ((i * 11) % 60)}`,
      decidedOn: daysAgoInLondon(2 + (i % 20)),
      ...(await printedForm()),
    };
  }));
}

async function printedForm(): Promise<{ formReference: string; scanned: string | null }> {
  const { pdf, formReference } = await renderPaperFormPdf({ siteUrl: SITE, locale: "en", content: CONTENT });
  return { formReference, scanned: SCANNER ? readCode128(pdf) : null };
}

/** Presses keys one at a time at the fixed speed, counting each. */
class Keyer {
  /** Keys pressed, counting each pull of the scanner's trigger as one. */
  keystrokes = 0;
  scans = 0;
  constructor(private readonly page: Page) {}
  async type(text: string): Promise<void> {
    for (const character of text) {
      await this.page.keyboard.type(character);
      this.keystrokes++;
      await this.pause();
    }
  }
  /** Picks up the scanner, aims and pulls its trigger (one press); the scanner then types what it read. */
  async scan(read: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, SCAN_MS));
    this.keystrokes++;
    this.scans++;
    await this.page.keyboard.type(read, { delay: SCANNER_CHARACTER_MS });
    await this.pause();
  }
  async press(key: "Tab" | "Space" | "Enter" | "ArrowDown"): Promise<void> {
    await this.page.keyboard.press(key === "Space" ? " " : key);
    this.keystrokes++;
    await this.pause();
  }
  private pause(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, KEY_DELAY_MS));
  }
}

async function signIn(page: Page): Promise<void> {
  const account = DEMO_STAFF_ACCOUNTS.find((a) => a.role === "caseworker")!;
  await page.goto(`${SITE}/staff/sign-in`);
  await page.getByLabel("Work email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Code", { exact: true }).waitFor();
  const otp = createOTP(account.totpSecret, { digits: 6, period: 30 });
  await page.getByLabel("Code", { exact: true }).fill(await otp.hotp(Math.floor(Date.now() / 30_000)));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Back office" }).waitFor();
}

/**
 * Keys one form from the focused NHS number field, in the form's order: NHS number, Decision (Space
 * chooses "Opt-out", the first radio), date of the decision, form reference (scanned, or its nine characters
 * typed without "PF-" and the hyphens), date of birth, given name,
 * family name. On the first form of the sitting, Tab after each answer, then how it reached us, signed,
 * who made it (the date received is already today) and "Move on by itself"; on later forms the form moves
 * on by itself after each complete answer up to the date of birth, and Tab only between the names. Enter.
 */
async function keyForm(page: Page, form: PaperForm, isFirst: boolean, previousReference: string | null): Promise<{ keystrokes: number; scans: number; seconds: number; reference: string }> {
  const keyer = new Keyer(page);
  const started = performance.now();
  await keyer.type(form.nhsNumber);
  if (isFirst) await keyer.press("Tab");
  await keyer.press("Space");
  if (isFirst) await keyer.press("Tab");
  await keyer.type(form.decidedOn.typed);
  if (isFirst) await keyer.press("Tab");
  if (form.scanned !== null) await keyer.scan(form.scanned);
  else await keyer.type(form.formReference.replace(/^PF-/, "").replace(/-/g, ""));
  if (isFirst) await keyer.press("Tab");
  await keyer.type(form.dateOfBirth);
  if (isFirst) await keyer.press("Tab");
  await keyer.type(form.givenName);
  await keyer.press("Tab");
  await keyer.type(form.familyName);
  if (isFirst) {
    // How did the decision reach us? (Paper form, the first radio), past the date received (today), signed: Yes,
    // made by: the person themself, then tick "Move on by itself" for the rest of the sitting.
    await keyer.press("Tab");
    await keyer.press("Space");
    await keyer.press("Tab");
    await keyer.press("Tab");
    await keyer.press("Space");
    await keyer.press("Tab");
    await keyer.press("Space");
    await keyer.press("Tab");
    await keyer.press("Space");
  }
  await keyer.press("Enter");
  // Done when the confirmation shows a new reference (the last form's stays on the page until then);
  // an error summary instead stops the bench with what it said.
  const recorded = page.getByTestId("recorded-reference");
  await page.waitForFunction(
    (previous) => {
      const shown = document.querySelector('[data-testid="recorded-reference"]')?.textContent?.trim();
      return (shown !== undefined && shown !== previous) || document.querySelector(".nhsuk-error-summary") !== null;
    },
    previousReference,
    { timeout: 30_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (await page.locator(".nhsuk-error-summary").count()) throw new Error(`The form was refused: ${await page.locator(".nhsuk-error-summary").innerText()}`);
  const reference = (await recorded.textContent())!.trim();
  // The next form starts focused on the NHS number, as a keyer would find it.
  await page.locator("#key-nhsNumber:focus").waitFor({ timeout: 2_000 }).catch(() => undefined);
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== "key-nhsNumber") throw new Error(`After recording, focus is on ${focused ?? "nothing"}, not the NHS number`);
  return { keystrokes: keyer.keystrokes, scans: keyer.scans, seconds, reference };
}

async function main(): Promise<number> {
  loadDotEnv();
  mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, "site.log");
  const logFd = openSync(logFile, "w");
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_bench_keying", log: (m) => console.error(m) });
  const inbox = await openMailInbox(path.join(WORK_DIR, "mail"));
  let site: RunningServer | undefined;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
  try {
    await recreateDatabase(database.url);
    await applyMigrations(database.url, defaultMigrationPaths(PROJECT_ROOT));
    setEnvVariable("DATABASE_URL", database.url);
    // The bench's own throwaway database on the embedded server: a local demo, where demo staff may exist.
    setEnvVariable("LOCAL_DEMO", "on");
    await seedDemoStaff();
    if (!values["skip-build"]) {
      console.log("Building the site (npm run build)...");
      await runCommand("npm", ["run", "--silent", "build"]);
    }
    site = startSite(PORT, { DATABASE_URL: database.url, LOCAL_DEMO: "on", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: SITE, SMTP_URL: inbox.smtpUrl }, logFd);
    await waitUntilServing(`${SITE}/api/health/live`, site);

    const page = await (await browser.newContext()).newPage();
    await signIn(page);
    await page.goto(`${SITE}/staff/key`);
    await page.locator("#key-nhsNumber:focus").waitFor();
    const forms = await makeForms(FORMS);
    const unread = forms.filter((f) => SCANNER && f.scanned !== f.formReference);
    if (unread.length) throw new Error(`The scanner misread ${unread.length} printed form(s): ${unread.map((f) => `${f.formReference} read as ${f.scanned}`).join(", ")}`);
    const results = [];
    console.log(`bench:keying: ${FORMS} paper opt-outs, one key every ${KEY_DELAY_MS} ms, in Chromium against the production build.`);
    console.log(SCANNER ? `Form references scanned from each printed form's barcode: ${SCAN_MS} ms to pick up the scanner and aim, one press of its trigger (counted as a keystroke).` : "Form references typed (--type-references): nine characters each.");
    console.log("form  keys  seconds");
    for (const [i, form] of forms.entries()) {
      const result = await keyForm(page, form, i === 0, results.at(-1)?.reference ?? null);
      results.push(result);
      console.log(`${String(i + 1).padStart(4)}  ${String(result.keystrokes).padStart(4)}  ${result.seconds.toFixed(1).padStart(7)}${i === 0 ? "  (first of the sitting: also answers what is then remembered)" : ""}`);
    }

    // Every form recorded once, as typed, in effect.
    const rows = await getDb().decision.findMany({
      where: { nhsNumber: { in: forms.map((f) => f.nhsNumber) } },
      select: { nhsNumber: true, givenName: true, familyName: true, dateOfBirth: true, decidedAt: true, channel: true, choice: true, language: true, sourceReference: true, keyed: { select: { formReference: true, isSigned: true } } },
    });
    const problems: string[] = [];
    if (rows.length !== forms.length) problems.push(`${rows.length} decisions recorded for ${forms.length} forms`);
    for (const form of forms) {
      const row = rows.find((r) => r.nhsNumber === form.nhsNumber);
      const dateOfBirth = `${form.dateOfBirth.slice(4)}-${form.dateOfBirth.slice(2, 4)}-${form.dateOfBirth.slice(0, 2)}`;
      if (!row || row.givenName !== form.givenName || row.familyName !== form.familyName || row.dateOfBirth?.toISOString().slice(0, 10) !== dateOfBirth || row.decidedAt.toISOString().slice(0, 10) !== form.decidedOn.iso || row.channel !== "PAPER" || row.choice !== "OPT_OUT" || row.language !== "en" || row.keyed?.formReference !== form.formReference || row.keyed?.isSigned !== true) {
        problems.push(`form for ${form.nhsNumber} not recorded as typed: ${JSON.stringify(row)}`);
      }
    }
    const steady = results.slice(1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const maxKeys = Math.max(...steady.map((r) => r.keystrokes));
    const maxSeconds = Math.max(...steady.map((r) => r.seconds));
    console.log(`Standard form (forms 2 to ${FORMS}): ${mean(steady.map((r) => r.keystrokes)).toFixed(1)} keystrokes on average (most ${maxKeys}), ${mean(steady.map((r) => r.seconds)).toFixed(1)} s on average (slowest ${maxSeconds.toFixed(1)} s); target at most ${TARGET.keystrokes} keystrokes and ${TARGET.seconds} s.`);
    console.log(`First form of the sitting: ${results[0]!.keystrokes} keystrokes, ${results[0]!.seconds.toFixed(1)} s.`);
    console.log(`Register: ${rows.length} of ${forms.length} forms recorded as typed${problems.length ? `; PROBLEMS:\n  ${problems.join("\n  ")}` : "."}`);
    const meetsTarget = maxKeys <= TARGET.keystrokes && maxSeconds <= TARGET.seconds;
    console.log(meetsTarget ? "Target met." : "Target NOT met.");
    return problems.length === 0 && meetsTarget ? 0 : 1;
  } finally {
    await browser.close();
    await site?.stop();
    await disconnectDb();
    await inbox.close();
    await database.close();
    closeSync(logFd);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
