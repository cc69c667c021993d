import { SummaryList } from "@/components/summary-list";
import type { CheckAnswersRow } from "@/lib/choice/steps/registry";

import type { FieldsProps } from "./types";

/** The details NHS login confirmed, read-only (lib/choice/steps/nhs-login.ts). */
export function NhsLoginFields({ title, data, words }: FieldsProps) {
  const rows = (data.rows ?? []) as CheckAnswersRow[];
  return (
    <>
      <h1>{title}</h1>
      <p>{words.NHS_LOGIN_DETAILS.intro}</p>
      <SummaryList rows={rows.map((row) => ({ key: row.key, value: row.value }))} />
    </>
  );
}
