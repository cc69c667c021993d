import { expect, type Page } from "@playwright/test";

import { CHECK_YOUR_CHOICE, NHS_LOGIN_START } from "../../lib/content/nhs-login";

/** The local NHS login's sign-in page (a real OpenID provider on its own port) and the site's NHS login pages. */
export class NhsLoginPage {
  constructor(
    private readonly page: Page,
    private readonly expectAccessible: () => Promise<void>,
  ) {}

  /** "Continue with NHS login" on the current page, then the provider's list of test people. */
  async continueWithNhsLogin(): Promise<void> {
    await this.page.getByRole("button", { name: NHS_LOGIN_START.button }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Sign in as a test person" })).toBeVisible();
    await this.expectAccessible();
  }

  async signInAs(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Sign in as ${name}` }).click();
  }

  /** Signs in as a made-up person from the provider's "Someone else" form. */
  async signInAsSomeoneElse(person: { givenName: string; familyName: string; nhsNumber: string; birthdate: string; email: string; level?: "P9" | "P5" | "P0" }): Promise<void> {
    await this.page.getByLabel("Given name").fill(person.givenName);
    await this.page.getByLabel("Family name").fill(person.familyName);
    await this.page.getByLabel("NHS number (999 test range; leave blank for none)").fill(person.nhsNumber);
    await this.page.getByLabel("Date of birth (YYYY-MM-DD)").fill(person.birthdate);
    await this.page.getByLabel("Email").fill(person.email);
    await this.page.getByLabel("Identity proofing level").selectOption(person.level ?? "P9");
    await this.page.getByRole("button", { name: "Sign in as this person" }).click();
  }

  async expectProblem(title: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await this.expectAccessible();
  }

  async expectCheckYourChoice(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: CHECK_YOUR_CHOICE.title })).toBeVisible();
    await this.expectAccessible();
  }
}
