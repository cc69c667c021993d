import type { Locator, Page } from "@playwright/test";

import { GUIDE } from "../../lib/content/guide";

/** Any resident content page: NHS.UK layout with breadcrumb, one h1 and h2 sections. */
export class InformationPage {
  readonly main: Locator;
  readonly h1: Locator;
  readonly sectionHeadings: Locator;
  readonly breadcrumb: Locator;
  readonly guideContents: Locator;
  readonly pagination: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.h1 = this.main.getByRole("heading", { level: 1 });
    // h2s of the content itself: not the contents list's hidden heading, nor the error summary's.
    this.sectionHeadings = this.main.locator("section > h2");
    this.breadcrumb = page.getByRole("navigation", { name: GUIDE.breadcrumbLabel });
    this.guideContents = page.getByRole("navigation", { name: GUIDE.contentsLabel });
    this.pagination = page.getByRole("navigation", { name: GUIDE.paginationLabel });
  }

  async goto(path: string): Promise<void> {
    const response = await this.page.goto(path);
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  }

  link(name: string): Locator {
    return this.main.getByRole("link", { name, exact: true });
  }
}
