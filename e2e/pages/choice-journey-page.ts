import path from "node:path";

import { expect, type Locator, type Page } from "@playwright/test";

import {
  ABOUT_YOU,
  CHECK_ANSWERS,
  COMMON,
  CONFIRM_EMAIL,
  DATE_OF_BIRTH,
  DECISION,
  EMAIL,
  EVIDENCE,
  GP_PRACTICE,
  NAME,
  NHS_NUMBER,
  POSTCODE,
  START_PAGE,
  WHO_FOR,
  type JourneySlug,
} from "../../lib/content/choice";
import type { CapturedMail } from "../../lib/email/mail-capture-server";
import { waitForCapturedMail } from "../support/mail";

export type ChoiceAnswers = {
  whoFor: (typeof WHO_FOR.options)[number]["label"];
  proxy?: { name: string; relationship: string };
  givenName: string;
  familyName: string;
  dateOfBirth: { day: string; month: string; year: string };
  nhsNumber?: string;
  postcode: string;
  gpPractice?: string;
  evidence?: { file: string } | "post";
  decision: (typeof DECISION.options)[number]["label"];
  email: string;
};

/** The opt-out and opt-in journeys, one question per page. */
export class ChoiceJourneyPage {
  readonly errorSummary: Locator;
  readonly continueButton: Locator;

  constructor(readonly page: Page, private readonly check: () => Promise<void>) {
    this.errorSummary = page.locator(".nhsuk-error-summary");
    this.continueButton = page.getByRole("button", { name: COMMON.continue });
  }

  async start(journey: JourneySlug): Promise<void> {
    await this.page.goto(`/choice/${journey}`);
    await this.check();
    await this.page.getByRole("button", { name: START_PAGE.startButton }).click();
    await expect(this.page).toHaveURL(new RegExp(`/choice/${journey}/who-for$`));
  }

  async heading(text: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: text })).toBeVisible();
    // Next.js streams the title after the page: wait for it before checking the page with axe.
    await expect(this.page).toHaveTitle(/\S/);
  }

  async continue(): Promise<void> {
    await this.continueButton.click();
  }

  /** Answers every question up to the security code, checking each page with axe. */
  async answerUpToEmail(answers: ChoiceAnswers): Promise<void> {
    const page = this.page;
    const isSelf = answers.whoFor === WHO_FOR.options[0].label;
    await this.heading(WHO_FOR.title);
    await this.check();
    await page.getByRole("radio", { name: answers.whoFor }).check();
    await this.continue();

    if (answers.proxy) {
      await this.heading(ABOUT_YOU.title);
      await this.check();
      await page.getByLabel(ABOUT_YOU.proxyName.label).fill(answers.proxy.name);
      await page.getByLabel(ABOUT_YOU.proxyRelationship.label).fill(answers.proxy.relationship);
      await this.continue();
    }

    await this.heading(isSelf ? NAME.titleSelf : NAME.titleProxy);
    await this.check();
    await page.getByLabel(NAME.givenName.label).fill(answers.givenName);
    await page.getByLabel(NAME.familyName.label).fill(answers.familyName);
    await this.continue();

    await this.heading(isSelf ? DATE_OF_BIRTH.titleSelf : DATE_OF_BIRTH.titleProxy);
    await this.check();
    await page.getByLabel(DATE_OF_BIRTH.day).fill(answers.dateOfBirth.day);
    await page.getByLabel(DATE_OF_BIRTH.month).fill(answers.dateOfBirth.month);
    await page.getByLabel(DATE_OF_BIRTH.year).fill(answers.dateOfBirth.year);
    await this.continue();

    await this.heading(isSelf ? NHS_NUMBER.titleSelf : NHS_NUMBER.titleProxy);
    await this.check();
    await page.getByLabel(NHS_NUMBER.label).fill(answers.nhsNumber ?? "");
    await this.continue();

    await this.heading(isSelf ? POSTCODE.titleSelf : POSTCODE.titleProxy);
    await this.check();
    await page.getByLabel(POSTCODE.label).fill(answers.postcode);
    await this.continue();

    await this.heading(isSelf ? GP_PRACTICE.titleSelf : GP_PRACTICE.titleProxy);
    await this.check();
    if (answers.gpPractice) await page.getByLabel(GP_PRACTICE.label).selectOption({ label: answers.gpPractice });
    await this.continue();

    if (answers.evidence) {
      await this.heading(EVIDENCE.title);
      await this.check();
      if (answers.evidence === "post") {
        await page.getByRole("radio", { name: EVIDENCE.methods[1].label }).check();
      } else {
        await page.getByRole("radio", { name: EVIDENCE.methods[0].label }).check();
        await page.getByLabel(EVIDENCE.fileLabel).setInputFiles(answers.evidence.file);
      }
      await this.continue();
    }

    await this.heading(DECISION.title);
    await this.check();
    await page.getByRole("radio", { name: answers.decision }).check();
    await this.continue();

    await this.heading(EMAIL.title);
    await this.check();
    await page.getByLabel(EMAIL.label).fill(answers.email);
    await page.getByRole("button", { name: EMAIL.sendButton }).click();
    await this.heading(CONFIRM_EMAIL.title);
  }

  /** Reads the newest security code sent to the address from the captured mail. */
  async readCode(email: string, seen: Set<string>): Promise<string> {
    const mail = await waitForCapturedMail((m) => m.to.includes(email) && m.subject === "Your security code" && !seen.has(m.id));
    seen.add(mail.id);
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
    if (!code) throw new Error(`No code in: ${mail.text}`);
    return code;
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel(CONFIRM_EMAIL.label).fill(code);
    await this.continue();
  }

  async submit(): Promise<void> {
    await this.heading(CHECK_ANSWERS.title);
    await this.check();
    await this.page.getByRole("button", { name: CHECK_ANSWERS.submit }).click();
  }

  /** The reference number on the confirmation panel, unformatted. */
  async reference(): Promise<string> {
    const text = (await this.page.getByTestId("reference-number").textContent()) ?? "";
    expect(text).toMatch(/^[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}-[2-9A-HJ-NP-TV-Y]{3}$/);
    return text.replaceAll("-", "");
  }

  async confirmationEmail(email: string, formattedReference: string): Promise<CapturedMail> {
    return waitForCapturedMail((m) => m.to.includes(email) && m.subject.includes(formattedReference));
  }
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "..", "fixtures");
