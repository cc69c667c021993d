import type { Metadata } from "next";

import { Breadcrumb } from "@/components/breadcrumb";
import { Select } from "@/components/select";
import { LocalLink } from "@/components/local-link";
import { FACTS_AND_FIGURES_PATH } from "@/lib/content/facts-and-figures";
import { ROUTES } from "@/lib/content/routes";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";
import { getPublishedFigures } from "@/lib/reports/publish-figures";

import { orServiceProblem } from "../../_lib/service-problem";
import { FiguresSections } from "./_components/figures-sections";

export async function generateMetadata(): Promise<Metadata> {
  const { FACTS_AND_FIGURES } = (await getResidentContent()).content.factsAndFigures;
  return { title: FACTS_AND_FIGURES.title, description: FACTS_AND_FIGURES.description };
}

// Figures come from the register (kept for a few minutes per process by getPublishedFigures).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FactsAndFiguresPage({ searchParams }: Props) {
  const { locale, content } = await getResidentContent();
  const words = { ...content.factsAndFigures, numberLocale: LOCALE_INFO[locale].htmlLang };
  const { FACTS_AND_FIGURES, monthLabel, periodLabel } = words;
  const { GUIDE } = content.guide;
  const { formatLondonDateTime } = content.dates;
  const figures = await orServiceProblem(localiseHref(locale, FACTS_AND_FIGURES_PATH), "Reading the facts and figures", () => getPublishedFigures());
  const asked = (await searchParams).month;
  const requested = typeof asked === "string" && asked !== "" ? asked : undefined;
  const month = requested && figures.months.includes(requested) ? requested : undefined;
  const isUnknownMonth = requested !== undefined && month === undefined;
  const options = [
    { value: "", label: FACTS_AND_FIGURES.periodSelect.wholePeriod(figures.months) },
    ...[...figures.months].reverse().map((m) => ({ value: m, label: monthLabel(m) })),
  ];
  return (
    <>
      <Breadcrumb items={[{ text: GUIDE.homeBreadcrumb, href: ROUTES.home }]} label={GUIDE.breadcrumbLabel} backToText={GUIDE.backTo} />
      <h1>{FACTS_AND_FIGURES.title}</h1>
      <p className="nhsuk-lede-text">{FACTS_AND_FIGURES.lede}</p>

      <form method="get" action={localiseHref(locale, FACTS_AND_FIGURES_PATH)} className="nhsuk-u-margin-bottom-6">
        <Select
          id="month"
          name="month"
          label={FACTS_AND_FIGURES.periodSelect.label}
          options={options}
          defaultValue={month ?? ""}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" data-module="nhsuk-button">
          {FACTS_AND_FIGURES.periodSelect.button}
        </button>
      </form>

      {isUnknownMonth ? <p className="nhsuk-body-l">{FACTS_AND_FIGURES.periodSelect.unknownMonth}</p> : null}
      <p className="nhsuk-body-l">{FACTS_AND_FIGURES.forPeriod(month ? monthLabel(month) : periodLabel(figures.months))}</p>
      <FiguresSections figures={figures} month={month} words={words} />

      <h2>{FACTS_AND_FIGURES.aboutHeading}</h2>
      {FACTS_AND_FIGURES.about.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h2>{FACTS_AND_FIGURES.downloadsHeading}</h2>
      <ul className="nhsuk-list">
        {FACTS_AND_FIGURES.downloads.map((link) => (
          <li key={link.href}>
            <LocalLink href={link.href} download>
              {link.text}
            </LocalLink>
          </li>
        ))}
      </ul>
      <p>{FACTS_AND_FIGURES.downloadsNote}</p>
      <p className="nhsuk-body-s">{FACTS_AND_FIGURES.generatedAt(formatLondonDateTime(new Date(figures.generatedAt)))}</p>
    </>
  );
}
