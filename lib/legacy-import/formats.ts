import type { Channel, Choice, ImportSource } from "../generated/prisma/enums";

// The two legacy extracts' input contracts (shared/legacy-formats.md), as data.

export type LegacySource = "caremyway" | "cidr";

export const LEGACY_SOURCES = ["caremyway", "cidr"] as const satisfies readonly LegacySource[];

export type LegacyFormat = {
  source: LegacySource;
  /** How staff name it. */
  label: string;
  importSource: ImportSource;
  channel: Channel;
  delimiter: "," | "|";
  columns: readonly string[];
  encoding: "windows-1252" | "utf-8";
  lineEnding: "CRLF" | "LF";
  /** CareMyWay ends with `TOTAL_ROWS=n`; CIDR has no trailer. */
  hasTrailer: boolean;
  codes: Readonly<Record<string, Choice>>;
};

export const CAREMYWAY_FORMAT: LegacyFormat = {
  source: "caremyway",
  label: "CareMyWay",
  importSource: "CAREMYWAY",
  channel: "CAREMYWAY_IMPORT",
  delimiter: ",",
  columns: ["NHS_NUMBER", "SURNAME", "FORENAMES", "DATE_OF_BIRTH", "POSTCODE", "PRACTICE_CODE", "READ_CODE", "EVENT_DATE", "ENTERED_BY"],
  encoding: "windows-1252",
  lineEnding: "CRLF",
  hasTrailer: true,
  // Read v2: refused / given consent for upload to the local shared electronic record.
  codes: { "93C1.": "OPT_OUT", "93C0.": "OPT_IN" },
};

export const CIDR_FORMAT: LegacyFormat = {
  source: "cidr",
  label: "CIDR",
  importSource: "CIDR",
  channel: "CIDR_IMPORT",
  delimiter: "|",
  columns: ["nhs_no", "given_name", "family_name", "birth_date", "postcode", "gp_ods", "snomed_ct", "recorded_at", "status"],
  encoding: "utf-8",
  lineEnding: "LF",
  hasTrailer: false,
  // SNOMED CT: refused / given consent for upload to the local shared electronic
  // record. 416308001 (the national record) is deliberately absent.
  codes: { "416409005": "OPT_OUT", "417528008": "OPT_IN" },
};

export function getLegacyFormat(source: LegacySource): LegacyFormat {
  return source === "caremyway" ? CAREMYWAY_FORMAT : CIDR_FORMAT;
}

export function isLegacySource(value: unknown): value is LegacySource {
  return typeof value === "string" && (LEGACY_SOURCES as readonly string[]).includes(value);
}

/** For the pages: the scheme's name staff know it by. */
export function sourceLabel(source: LegacySource): string {
  return getLegacyFormat(source).label;
}
