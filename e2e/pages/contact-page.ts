import type { Locator, Page } from "@playwright/test";

import { CALLBACK_FORM, CALLBACK_REQUESTED_PAGE } from "../../lib/content/contact";
import { InformationPage } from "./information-page";

export class ContactPage extends InformationPage {
  readonly name: Locator;
  readonly phone: Locator;
  readonly message: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly confirmation: Locator;

  constructor(page: Page) {
    super(page);
    this.name = page.getByLabel(CALLBACK_FORM.name.label, { exact: true });
    this.phone = page.getByLabel(CALLBACK_FORM.phone.label);
    this.message = page.getByLabel(CALLBACK_FORM.message.label);
    this.submit = page.getByRole("button", { name: CALLBACK_FORM.submit });
    this.errorSummary = page.locator(".nhsuk-error-summary");
    this.confirmation = page.getByRole("heading", { level: 1, name: CALLBACK_REQUESTED_PAGE.title });
  }

  preferredTime(label: string): Locator {
    return this.page.getByRole("radio", { name: label });
  }

  /** The inline error shown above a field. */
  fieldError(text: string): Locator {
    return this.page.locator(".nhsuk-error-message", { hasText: text });
  }
}
