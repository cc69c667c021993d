import type { Locator, Page } from "@playwright/test";

import { HOME_PAGE } from "../../lib/content/home";
import { HEADER, SKIP_LINK_TEXT } from "../../lib/content/site";

export class HomePage {
  readonly heading: Locator;
  readonly skipLink: Locator;
  readonly header: Locator;
  readonly serviceName: Locator;
  readonly homeLink: Locator;
  readonly main: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: HOME_PAGE.title });
    this.skipLink = page.getByRole("link", { name: SKIP_LINK_TEXT });
    this.header = page.getByRole("banner");
    this.serviceName = this.header.getByText(HEADER.serviceName, { exact: true });
    this.homeLink = this.header.getByRole("link", { name: HEADER.homeLinkLabel });
    this.main = page.getByRole("main");
    this.footer = page.getByRole("contentinfo");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  footerLink(text: string): Locator {
    return this.footer.getByRole("link", { name: text, exact: true });
  }

  /** Any link in the main content, found by its visible text. */
  mainLink(text: string): Locator {
    return this.main.getByRole("link", { name: text, exact: true });
  }
}
