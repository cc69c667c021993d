import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { CHECK_ANSWERS, CHOICE_EMAILS, COMMON, CONFIRMATION, DECISION, NAME, WHO_FOR } from "../lib/content/choice";
import { emailLineText } from "../lib/content/email-layout";
import { siteLinksFor } from "../lib/email/site-links";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { ChoiceJourneyPage, type ChoiceAnswers } from "./pages/choice-journey-page";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// The opt-out and opt-in journeys from start to confirmation, with and without
// JavaScript: the code and the confirmation are read from the captured mail,
// and the register's answer from the consent-check API.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const files = mkdtempSync(path.join(tmpdir(), "choice-e2e-"));
const BIRTH_CERTIFICATE = path.join(files, "birth-certificate.pdf");
writeFileSync(BIRTH_CERTIFICATE, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

let apiKey: string;
test.beforeAll(() => {
  const output = execFileSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/create-api-client.ts", "--name", "Choice journey browser tests"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMBEDDED_PG_DATABASE: "consent_register_e2e", DATABASE_URL: "" },
    encoding: "utf8",
  });
  apiKey = output.split("\n").find((line) => line.startsWith("nlr_")) ?? "";
  expect(apiKey).not.toBe("");
});

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const nhsNumber = () => generateTestNhsNumber();
/** Names take letters only: a unique surname from random letters. */
const uniqueLetters = () => Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");

function selfAnswers(overrides: Partial<ChoiceAnswers> = {}): ChoiceAnswers {
  return {
    whoFor: WHO_FOR.options[0].label,
    givenName: "Zoë",
    familyName: `Ó Briain-${uniqueLetters()}`,
    dateOfBirth: { day: "17", month: "5", year: "1970" },
    nhsNumber: nhsNumber(),
    postcode: "n1 1aa",
    gpPractice: "Angel Corner Practice",
    decision: DECISION.options[0].label,
    email: `resident-${unique()}@example.org`,
    ...overrides,
  };
}

async function registerStatus(request: import("@playwright/test").APIRequestContext, nhs: string): Promise<string> {
  const response = await request.get(`/api/v1/consent/${nhs}`, { headers: { authorization: `Bearer ${apiKey}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).status;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`choice journeys ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    // Whole journeys, with axe on every page.
    test.describe.configure({ timeout: 180_000 });

    test("a resident opts out for themselves", async ({ page, request, expectAccessible }) => {
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const answers = selfAnswers();
      const seen = new Set<string>();
      await journey.start("opt-out");
      await journey.answerUpToEmail(answers);
      await expectAccessible();
      await journey.enterCode(await journey.readCode(answers.email, seen));

      // A "Change" link goes back to the question and returns to check your answers.
      await journey.heading(CHECK_ANSWERS.title);
      await page.getByRole("link", { name: `${COMMON.change} ${CHECK_ANSWERS.rows.name}` }).click();
      await journey.heading(NAME.titleSelf);
      await page.getByLabel(NAME.givenName.label).fill("Zoé");
      await journey.continue();
      await journey.heading(CHECK_ANSWERS.title);
      await expect(page.getByText(`Zoé ${answers.familyName}`)).toBeVisible();
      await journey.submit();

      await journey.heading(CONFIRMATION.title.OPT_OUT);
      await expectAccessible();
      const reference = await journey.reference();
      expect(await registerStatus(request, answers.nhsNumber!)).toBe("opted-out");

      const mail = await journey.confirmationEmail(answers.email, formatReferenceNumber(reference));
      expect(mail.text).toContain(CHOICE_EMAILS.choiceLabel.OPT_OUT);
      expect(mail.text).toContain(CHOICE_EMAILS.statusLabel.EFFECTIVE);
      expect(mail.text).toContain(emailLineText(CHOICE_EMAILS.changeMind(siteLinksFor("en"))));
      expect(mail.text).toContain(`Zoé ${answers.familyName}`);

      // Refresh, back and send again, or open check your answers again: still one decision, the same confirmation.
      await page.reload();
      await journey.heading(CONFIRMATION.title.OPT_OUT);
      expect(await journey.reference()).toBe(reference);
      // Back shows check your answers again (from the browser's cache) or, fetched afresh, the confirmation.
      await page.goBack();
      const sendAgain = page.getByRole("button", { name: CHECK_ANSWERS.submit });
      await expect(sendAgain.or(page.getByRole("heading", { level: 1, name: CONFIRMATION.title.OPT_OUT }))).toBeVisible();
      if (await sendAgain.isVisible()) await sendAgain.click();
      await journey.heading(CONFIRMATION.title.OPT_OUT);
      expect(await journey.reference()).toBe(reference);
      await page.goto("/choice/opt-out/check-answers");
      await journey.heading(CONFIRMATION.title.OPT_OUT);
      expect(await journey.reference()).toBe(reference);
      const count = await withE2eDatabase(async (client) => (await client.query("SELECT count(*)::int AS n FROM decision WHERE nhs_number = $1", [answers.nhsNumber])).rows[0].n);
      expect(count).toBe(1);
    });

    test("a parent opts out for their child and uploads evidence", async ({ page, request, expectAccessible }) => {
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const answers = selfAnswers({
        whoFor: WHO_FOR.options[1].label,
        proxy: { name: "Мария Іваненко", relationship: "Mother" },
        givenName: "Anya",
        dateOfBirth: { day: "3", month: "11", year: String(new Date().getUTCFullYear() - 6) },
        gpPractice: undefined,
        postcode: "EN1 3PL",
        evidence: { file: BIRTH_CERTIFICATE },
      });
      await journey.start("opt-out");
      await journey.answerUpToEmail(answers);
      await journey.enterCode(await journey.readCode(answers.email, new Set()));
      await journey.submit();

      await journey.heading(CONFIRMATION.title.OPT_OUT);
      await expect(page.getByText(CONFIRMATION.next.PROXY_EVIDENCE)).toBeVisible();
      await expectAccessible();
      const reference = await journey.reference();
      expect(await registerStatus(request, answers.nhsNumber!)).toBe("opted-out");
      await journey.confirmationEmail(answers.email, formatReferenceNumber(reference));

      const evidence = await withE2eDatabase(async (client) =>
        (
          await client.query(
            `SELECT e.method, e.status, e.media_type, e.file_name, e.size_bytes, d.proxy_name, d.made_by
               FROM decision_evidence e JOIN decision d ON d.id = e.decision_id WHERE d.reference = $1`,
            [reference],
          )
        ).rows,
      );
      expect(evidence).toEqual([
        {
          method: "UPLOAD",
          status: "AWAITING_REVIEW",
          media_type: "application/pdf",
          file_name: "birth-certificate.pdf",
          size_bytes: expect.any(Number),
          proxy_name: "Мария Іваненко",
          made_by: "PARENT_OR_GUARDIAN",
        },
      ]);
    });

    test("opting back in from the email that opted out takes effect at once", async ({ page, request, expectAccessible }) => {
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const answers = selfAnswers();
      const seen = new Set<string>();
      await journey.start("opt-out");
      await journey.answerUpToEmail(answers);
      await journey.enterCode(await journey.readCode(answers.email, seen));
      await journey.submit();
      await journey.heading(CONFIRMATION.title.OPT_OUT);
      expect(await registerStatus(request, answers.nhsNumber!)).toBe("opted-out");

      await journey.start("opt-in");
      await journey.answerUpToEmail({ ...answers, decision: DECISION.options[1].label });
      await journey.enterCode(await journey.readCode(answers.email, seen));
      await journey.submit();
      await journey.heading(CONFIRMATION.title.OPT_IN);
      // The page says the same whatever the outcome (docs/decisions/015); the register shows it.
      await expect(page.getByText(CONFIRMATION.next.OPT_IN_RECEIVED[0])).toBeVisible();
      await expectAccessible();
      const reference = await journey.reference();
      expect(await registerStatus(request, answers.nhsNumber!)).toBe("participating");
      const mail = await journey.confirmationEmail(answers.email, formatReferenceNumber(reference));
      expect(mail.text).toContain(CHOICE_EMAILS.optInStatus);
    });

    test("opting back in from a different email waits for review", async ({ page, request, expectAccessible }) => {
      const journey = new ChoiceJourneyPage(page, expectAccessible);
      const answers = selfAnswers();
      await journey.start("opt-out");
      await journey.answerUpToEmail(answers);
      await journey.enterCode(await journey.readCode(answers.email, new Set()));
      await journey.submit();
      await journey.heading(CONFIRMATION.title.OPT_OUT);

      const otherEmail = `other-${unique()}@example.org`;
      await journey.start("opt-in");
      await journey.answerUpToEmail({ ...answers, email: otherEmail, decision: DECISION.options[1].label });
      await journey.enterCode(await journey.readCode(otherEmail, new Set()));
      await journey.submit();
      await journey.heading(CONFIRMATION.title.OPT_IN);
      await expect(page.getByText(CONFIRMATION.next.OPT_IN_RECEIVED[0])).toBeVisible();
      await expectAccessible();
      const reference = await journey.reference();
      // Until staff check it, the person stays opted out: when in doubt, do not share.
      expect(await registerStatus(request, answers.nhsNumber!)).toBe("opted-out");
      const mail = await journey.confirmationEmail(otherEmail, formatReferenceNumber(reference));
      expect(mail.text).toContain(CHOICE_EMAILS.optInStatus);
      expect(mail.text).not.toContain(CHOICE_EMAILS.statusLabel.AWAITING_REVIEW);
    });
  });
}
