import { SummaryList } from "@/components/summary-list";
import { journeyPath } from "@/lib/choice/journey-answers";
import type { CheckAnswersRow } from "@/lib/choice/steps/registry";

import type { FieldsProps } from "./types";

export function CheckAnswersFields({ journey, title, data, words }: FieldsProps) {
  const { CHECK_ANSWERS, COMMON } = words;
  const rows = (data.rows ?? []) as CheckAnswersRow[];
  return (
    <>
      <h1>{title}</h1>
      {/* SummaryList's "Change" links keep the page's language (LocalLink). */}
      <SummaryList rows={rows.map((row) => ({ key: row.key, value: row.value, change: row.isReadOnly ? undefined : { href: `${journeyPath(journey, row.step)}?change=1`, text: COMMON.change } }))} />
      <h2>{CHECK_ANSWERS.declarationHeading}</h2>
      <p>{CHECK_ANSWERS.declaration}</p>
    </>
  );
}
