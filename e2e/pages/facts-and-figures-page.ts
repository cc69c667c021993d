import { expect, type Locator, type Page } from "@playwright/test";

import { FACTS_AND_FIGURES, FEWER_THAN_10, NOT_SHOWN } from "../../lib/content/facts-and-figures";

/** The public facts and figures page as a resident reads it. */
export class FactsAndFiguresPage {
  readonly main: Locator;
  readonly h1: Locator;
  readonly charts: Locator;
  readonly tables: Locator;
  readonly period: Locator;
  readonly show: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.h1 = this.main.getByRole("heading", { level: 1 });
    this.charts = this.main.locator("svg[role=img]");
    this.tables = this.main.getByRole("table");
    this.period = this.main.getByLabel(FACTS_AND_FIGURES.periodSelect.label);
    this.show = this.main.getByRole("button", { name: FACTS_AND_FIGURES.periodSelect.button });
  }

  async goto(query = ""): Promise<void> {
    const response = await this.page.goto(`/facts-and-figures${query}`);
    if (!response?.ok()) throw new Error(`/facts-and-figures answered ${response?.status()}`);
  }

  table(caption: RegExp): Locator {
    return this.main.getByRole("table", { name: caption });
  }

  /** Each chart is one named image whose name and description come from its own title and desc. */
  async expectChartsNamed(): Promise<void> {
    const count = await this.charts.count();
    expect(count).toBe(3);
    for (let i = 0; i < count; i++) {
      const chart = this.charts.nth(i);
      const [titleId, descId] = (await chart.getAttribute("aria-labelledby"))!.split(" ");
      await expect(chart.locator(`title#${titleId}`)).toHaveText(/^Bar chart: Opt-outs, opt-ins and net change/);
      await expect(chart.locator(`desc#${descId}`)).toHaveText(FACTS_AND_FIGURES.chart.description);
    }
  }

  /** Every count cell is "fewer than 10" or a multiple of 5 of at least 10; net is the difference or "not shown". */
  async expectOnlyPublishedFigures(): Promise<void> {
    const rows = await this.main.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows.length).toBeGreaterThan(20);
    for (const [optOuts, optIns, net] of rows) {
      for (const cell of [optOuts!, optIns!]) {
        if (cell !== FEWER_THAN_10) {
          const value = Number(cell.replace(/,/g, ""));
          expect(value % 5, cell).toBe(0);
          expect(value, cell).toBeGreaterThanOrEqual(10);
        }
      }
      if (optOuts === FEWER_THAN_10 || optIns === FEWER_THAN_10) expect(net).toBe(NOT_SHOWN);
      else expect(Number(net!.replace(/[+,]/g, ""))).toBe(Number(optOuts!.replace(/,/g, "")) - Number(optIns!.replace(/,/g, "")));
    }
  }
}
