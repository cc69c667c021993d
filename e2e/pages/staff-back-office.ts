import { createOTP } from "@better-auth/utils/otp";
import { expect, type Page } from "@playwright/test";

import { DEMO_STAFF_ACCOUNTS } from "../../lib/staff/demo-staff";
import type { StaffRole } from "../../lib/staff/roles";

export type PaperDecision = {
  choice: "Opt-out" | "Opt-in";
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  decidedOn: string;
  receivedOn: string;
  formReference: string;
  nhsNumber?: string;
  /** The language of the form by its English name ("Bengali"); left out, the form's own answer stands. */
  language?: string;
  proxy?: { madeBy: string; name: string; relationship: string; email: string };
};

/** The back office as a member of staff drives it. */
export class StaffBackOffice {
  constructor(readonly page: Page) {}

  static account(role: StaffRole) {
    return DEMO_STAFF_ACCOUNTS.find((a) => a.role === role)!;
  }

  /** Password, then the code the demo account's authenticator app would show. */
  async signIn(role: StaffRole, check?: () => Promise<void>): Promise<void> {
    const account = StaffBackOffice.account(role);
    await this.page.goto("/staff/sign-in");
    await check?.();
    await this.page.getByLabel("Work email address").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page.getByRole("button", { name: "Continue" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Enter the code from your authenticator app" })).toBeVisible();
    await check?.();
    await this.enterCode(account.totpSecret);
  }

  /**
   * A TOTP code signs in once (ASVS 2.8.4), and the demo accounts sign in many
   * times a minute here: when this step's code is used, the next step's (which
   * the server also accepts) is tried, and after that the clock is waited for.
   */
  async enterCode(secret: string): Promise<void> {
    const otp = createOTP(secret, { digits: 6, period: 30 });
    const stepNow = () => Math.floor(Date.now() / 30_000);
    const home = this.page.getByRole("heading", { level: 1, name: "Back office" });
    const used = this.page.getByText("This code has been used already");
    for (let attempt = 0; attempt < 4; attempt++) {
      const step = stepNow();
      await this.page.getByLabel("Code", { exact: true }).fill(await otp.hotp(step + (attempt % 2)));
      await this.page.getByRole("button", { name: "Sign in" }).click();
      await expect(home.or(used.first())).toBeVisible();
      if (await home.isVisible()) return;
      if (attempt % 2 === 1) await expect.poll(stepNow, { timeout: 35_000 }).toBeGreaterThan(step);
      // A fresh code page (the pending sign-in is kept), so the next answer is not confused with this one.
      await this.page.goto("/staff/sign-in/code");
    }
    await expect(home).toBeVisible();
  }

  async keyPaperDecision(fields: PaperDecision): Promise<string> {
    await this.fillPaperDecision(fields);
    await this.page.getByRole("button", { name: "Record decision" }).click();
    const reference = this.page.getByTestId("recorded-reference");
    await expect(reference).toBeVisible();
    return (await reference.textContent())!.trim();
  }

  async fillPaperDecision(fields: PaperDecision): Promise<void> {
    const page = this.page;
    await page.goto("/staff/key");
    await page.getByRole("radio", { name: "Paper form" }).check();
    await page.getByLabel("Date received").fill(fields.receivedOn);
    await page.getByLabel("Form reference (paper only)").fill(fields.formReference);
    await page.getByRole("group", { name: "Is the paper form signed?" }).getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("radio", { name: fields.choice }).check();
    await page.getByLabel("Date of the decision").fill(fields.decidedOn);
    if (fields.nhsNumber) await page.getByLabel("NHS number (if known)").fill(fields.nhsNumber);
    await page.getByLabel("Given name").fill(fields.givenName);
    await page.getByLabel("Family name").fill(fields.familyName);
    await page.getByLabel("Date of birth").fill(fields.dateOfBirth);
    await page.getByRole("radio", { name: fields.proxy?.madeBy ?? "The person themself" }).check();
    if (fields.language) await page.getByRole("group", { name: "Language of the form" }).getByRole("radio", { name: fields.language, exact: true }).check();
    if (fields.proxy) {
      await page.getByLabel("Name of the person acting for them (if not themself)").fill(fields.proxy.name);
      await page.getByLabel("Their relationship (if not themself)").fill(fields.proxy.relationship);
      await page.getByLabel("Email address to reply to (if given)").fill(fields.proxy.email);
    }
  }
}
