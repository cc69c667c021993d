import { expect, type Page } from "@playwright/test";

import { SSO_TEXT } from "../../lib/staff/staff-text";

/** Staff single sign-on through the local OpenID provider that `npm start` runs (a real provider on its own port). */
export class StaffSsoPage {
  constructor(
    private readonly page: Page,
    private readonly expectAccessible: () => Promise<void>,
  ) {}

  /** The staff sign-in page, then "Sign in with your organisation's account", then the provider's list of staff. */
  async startFromSignInPage(): Promise<void> {
    await this.page.goto("/staff/sign-in");
    await this.expectAccessible();
    await this.page.getByRole("button", { name: SSO_TEXT.button }).click();
    await this.expectProviderStaffList();
  }

  async expectProviderStaffList(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: "Sign in as a member of staff" })).toBeVisible();
    await this.expectAccessible();
  }

  async signInAs(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Sign in as ${name}` }).click();
  }

  async expectBackOffice(name: string, roleLabel: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
    await expect(this.page.getByText(`Signed in as ${name} (${roleLabel})`)).toBeVisible();
    await this.expectAccessible();
  }

  async expectProblem(title: string): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await this.expectAccessible();
  }

  /** "Sign out" in the back office, then the provider's own sign-out question, answered yes. */
  async signOutEverywhereItCan(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Do you want to sign out of the local provider?" })).toBeVisible();
    await this.expectAccessible();
    await this.page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect(this.page.getByText("You have been signed out.")).toBeVisible();
    await expect(this.page).toHaveURL(/\/staff\/sign-in\?signed-out=1$/);
    await this.expectAccessible();
  }
}
