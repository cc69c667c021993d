// The public figures' disclosure control, in one place. Every count that
// leaves the register in the facts and figures (the page, its CSV and JSON,
// and the same tables on the staff reports page) goes through publishRow, and
// only through it (docs/decisions/017-public-figures.md):
// - a count under 10 (zero included) is shown only as "fewer than 10";
// - a count of 10 or more is rounded to the nearest 5 (never below 10);
// - net change (opt-outs minus opt-ins) is the difference of the two figures
//   as published, never of the true counts, so it reveals nothing the two
//   figures beside it do not; when either is "fewer than 10" it is not shown.

export const SUPPRESS_BELOW = 10;
export const ROUND_TO = 5;

export type PublishedCount = { kind: "fewer-than-10" } | { kind: "rounded"; value: number };
export type PublishedNet = { kind: "not-shown" } | { kind: "value"; value: number };
export type PublishedRow<K extends string = string> = { key: K; optOuts: PublishedCount; optIns: PublishedCount; net: PublishedNet };
export type TrueCounts = { optOuts: number; optIns: number };

export function publishCount(count: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0) throw new Error(`A count must be a whole number of 0 or more (got ${count})`);
  if (count < SUPPRESS_BELOW) return { kind: "fewer-than-10" };
  // Halves cannot occur (counts are whole numbers and 5 is odd), so Math.round has no tie to break.
  return { kind: "rounded", value: Math.max(SUPPRESS_BELOW, Math.round(count / ROUND_TO) * ROUND_TO) };
}

export function publishRow<K extends string>(key: K, counts: TrueCounts): PublishedRow<K> {
  const optOuts = publishCount(counts.optOuts);
  const optIns = publishCount(counts.optIns);
  const net: PublishedNet =
    optOuts.kind === "rounded" && optIns.kind === "rounded" ? { kind: "value", value: optOuts.value - optIns.value } : { kind: "not-shown" };
  return { key, optOuts, optIns, net };
}
