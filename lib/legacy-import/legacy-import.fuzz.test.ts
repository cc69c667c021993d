import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, invalidUtf8Bytes, mangled, nastyString, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { generateTestNhsNumber } from "../nhs-number/nhs-number";
import { decisionDetailsSchema } from "../validation/decision";
import { checkCareMyWayRow } from "./check-caremyway-row";
import { checkCidrRow, parseIsoTimestamp } from "./check-cidr-row";
import { CAREMYWAY_FORMAT, CIDR_FORMAT, type LegacyFormat } from "./formats";
import { londonTimeToInstant } from "./london-time";
import { readLegacyFile } from "./read-legacy-file";
import type { CheckedRow, FileRefusalCode, RowProblemCode } from "./types";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Property-based fuzzing of both legacy formats: the date and time parsers
// against independent models, each row check with nasty fields, and whole
// files (stray quotes, mixed line endings, BOMs, wrong encodings, cut short)
// through the streaming reader. The database-backed dry run and commit
// refusal are fuzzed in tests/fuzz/legacy-import.test.ts.

const NOW = new Date("2026-11-25T12:00:00Z");
const context = { rowNumber: 2, now: NOW.getTime(), today: "2026-11-25" };
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const ROW_PROBLEMS: readonly RowProblemCode[] = [
  "wrong-column-count", "empty-row", "nhs-number-check-digit", "nhs-number-not-digits", "nhs-number-wrong-length", "name-missing",
  "name-too-long", "name-invalid-characters", "date-of-birth-invalid", "date-of-birth-in-future", "date-of-birth-too-early",
  "postcode-invalid", "practice-code-invalid", "unknown-code", "event-date-invalid", "event-date-skipped-by-clock-change",
  "event-date-no-time-zone", "event-date-in-future", "event-date-before-birth", "unknown-status", "carriage-return-in-row",
  "entered-by-invalid", "retracts-nothing",
];
const FILE_REFUSALS: readonly FileRefusalCode[] = [
  "wrong-encoding", "wrong-line-endings", "wrong-header", "empty-file", "missing-trailer", "trailer-not-last", "count-mismatch", "malformed-csv", "unreadable",
];

// ---------------------------------------------------------------- models

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
const isReal = (y: number, m: number, d: number) => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** The platform's own ISO parser (four-digit years are never read as 19xx). */
const isoMs = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, zone = "Z") =>
  Date.parse(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}${zone}`);

const londonWall = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
});
/** Model: every instant whose London wall clock reads the given time, found by asking Intl about each plausible offset. */
function londonModel(y: number, mo: number, d: number, h: number, mi: number): number[] {
  const wall = isoMs(y, mo, d, h, mi);
  // GMT, BST, British Double Summer Time, and London mean time (-0:01:15) before 1847.
  return [-75_000, 0, 3_600_000, 7_200_000]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const parts = Object.fromEntries(londonWall.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
      return parts.year === y && parts.month === mo && parts.day === d && parts.hour === h && parts.minute === mi && parts.second === 0;
    });
}

// ---------------------------------------------------------------- arbitraries

const validNhs = fc.nat({ max: 2 ** 32 - 1 }).map((seed) => {
  let state = seed;
  return generateTestNhsNumber(() => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
});
const year = fc.oneof({ arbitrary: fc.integer({ min: 1900, max: 2026 }), weight: 6 }, { arbitrary: fc.integer({ min: 0, max: 9999 }), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 99 }), weight: 1 });
const wallTime = fc.record({
  y: year,
  mo: fc.integer({ min: 0, max: 13 }),
  d: fc.integer({ min: 0, max: 32 }),
  h: fc.integer({ min: -1, max: 25 }),
  mi: fc.integer({ min: -1, max: 61 }),
});
// Near the clock changes: late March and late October, 00:00 to 03:59.
const clockChangeTime = fc.record({
  y: fc.integer({ min: 1916, max: 2030 }),
  mo: fc.constantFrom(3, 4, 10, 11),
  d: fc.integer({ min: 1, max: 30 }),
  h: fc.integer({ min: 0, max: 3 }),
  mi: fc.constantFrom(0, 1, 29, 30, 59),
});
const zone = fc.constantFrom("Z", "z", "+00:00", "-00:00", "+01:00", "+0100", "+01", "-05:30", "+14:00", "+18:00", "+19:00", "+01:60", "+1:00", "", " Z", "UTC", "+01:00:00");
const timestampText = fc.oneof(
  fc
    .record({ y: year, mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 25 }), mi: fc.integer({ min: 0, max: 61 }),
      s: fc.option(fc.integer({ min: 0, max: 61 })), fraction: fc.option(fc.stringMatching(/^[0-9]{1,12}$/)), sep: fc.constantFrom(".", ","), t: fc.constantFrom("T", "T", "t", " "), zone })
    .map(({ y, mo, d, h, mi, s, fraction, sep, t, zone }) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}${s === null ? "" : `:${pad(s)}${fraction === null ? "" : sep + fraction}`}${zone}`),
  nastyString,
);

/** Model of parseIsoTimestamp: ISO 8601 extended, a zone required, real calendar values, fractions cut to milliseconds. */
function timestampModel(raw: string): { instant: number } | { problem: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(raw.trim());
  if (!match) return { problem: "event-date-invalid" };
  const [, y, mo, d, h, mi, s = "00", fraction = "", z] = match;
  if (!z) return { problem: "event-date-no-time-zone" };
  if (!isReal(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +s > 59) return { problem: "event-date-invalid" };
  let offset = "Z";
  if (z !== "Z") {
    const digits = z.slice(1).replace(":", "");
    const oh = digits.slice(0, 2), om = digits.slice(2) || "00";
    if (+oh > 18 || +om > 59) return { problem: "event-date-invalid" };
    offset = `${z[0]}${oh}:${om}`;
  }
  return { instant: isoMs(+y!, +mo!, +d!, +h!, +mi!, +s, Number(fraction.slice(0, 3).padEnd(3, "0")), offset) };
}

// ---------------------------------------------------------------- properties

describe("UK time (fuzzed)", () => {
  it("gives the instant the London clock showed (the earlier one when it showed it twice), or refuses times that never happened", () => {
    fc.assert(
      fc.property(fc.oneof(wallTime, clockChangeTime), ({ y, mo, d, h, mi }) => {
        const result = timeBoxed(() => londonTimeToInstant(y, mo, d, h, mi));
        if (!isReal(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59) {
          expect(result).toEqual({ ok: false, problem: "not-a-date" });
          return;
        }
        const instants = londonModel(y, mo, d, h, mi);
        if (instants.length === 0) expect(result).toEqual({ ok: false, problem: "skipped-by-clock-change" });
        else expect(result).toEqual({ ok: true, instant: new Date(Math.min(...instants)), isAmbiguous: instants.length > 1 });
      }),
      fuzzParams(),
    );
  });

  it("regression: a year below 100 is that year, not 19xx", () => {
    // London kept its own mean time then, 1 minute 15 seconds behind Greenwich.
    expect(londonTimeToInstant(50, 6, 1, 10, 0)).toEqual({ ok: true, instant: new Date(isoMs(50, 6, 1, 10, 0) + 75_000), isAmbiguous: false });
    const parsed = parseIsoTimestamp("recorded_at", "0050-06-01T10:00:00Z");
    expect(parsed.ok && parsed.instant.getUTCFullYear()).toBe(50);
    const row = ["9434765919", "Smith", "Ann", "01/01/1940", "N1 1AA", "F83004", "93C1.", "01/06/0050 10:00", "JSMITH"];
    expect(checkCareMyWayRow(row, context)).toMatchObject({ ok: false, problem: { code: "event-date-before-birth" } });
    const cidr = ["9434765919", "Ann", "Smith", "1940-01-01", "N1 1AA", "F83004", "416409005", "0050-06-01T10:00:00Z", "active"];
    expect(checkCidrRow(cidr, context)).toMatchObject({ ok: false, problem: { code: "event-date-before-birth" } });
  });
});

describe("CIDR timestamps (fuzzed)", () => {
  it("match the model: the same instant, or the same problem", () => {
    fc.assert(
      fc.property(fc.oneof(timestampText, mangled(timestampText)), (raw) => {
        const parsed = timeBoxed(() => parseIsoTimestamp("recorded_at", raw));
        const expected = timestampModel(raw);
        if ("instant" in expected) expect(parsed).toEqual({ ok: true, instant: new Date(expected.instant) });
        else {
          expect(parsed).toMatchObject({ ok: false, problem: { code: expected.problem } });
          if (!parsed.ok) expect(parsed.problem.message).toMatch(/^recorded_at /);
        }
      }),
      fuzzParams(),
    );
  });
});

// Fields: mostly plausible values, with nasty ones mixed in.
const text = fc.oneof(
  { arbitrary: fc.constantFrom("Zoë", "O'Brien", " Núñez ", "Smith, Jr", 'Ana "Annie"', "Seán", "王芳", "Мария"), weight: 4 },
  { arbitrary: nastyString, weight: 2 },
  { arbitrary: mangled(fc.constantFrom("Ada", "Lovelace")), weight: 1 },
);
const nhsField = fc.oneof({ arbitrary: validNhs, weight: 4 }, { arbitrary: fc.constant(""), weight: 1 }, { arbitrary: mangled(validNhs), weight: 1 }, { arbitrary: nastyString, weight: 1 });
const birthYear = fc.oneof({ arbitrary: fc.integer({ min: 1900, max: 2025 }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 9999 }), weight: 1 });
const ukDate = fc.oneof(
  { arbitrary: fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), birthYear).map(([d, m, y]) => `${pad(d)}/${pad(m)}/${pad(y, 4)}`), weight: 5 },
  { arbitrary: nastyString, weight: 1 },
);
const ukDateTime = fc.oneof(
  { arbitrary: fc.tuple(ukDate, fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })))).map(([date, t]) => (t ? `${date} ${pad(t[0])}:${pad(t[1])}` : date)), weight: 5 },
  { arbitrary: nastyString, weight: 1 },
);
const isoDate = fc.oneof(
  { arbitrary: fc.tuple(birthYear, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`), weight: 5 },
  { arbitrary: nastyString, weight: 1 },
);
const postcode = fc.oneof({ arbitrary: fc.constantFrom("", "N1 1AA", "n11aa", " NW1  2DB ", "EC1V 9XX", "N1"), weight: 4 }, { arbitrary: mangled(fc.constant("N1 1AA")), weight: 1 });
const practice = fc.oneof({ arbitrary: fc.constantFrom("", "F83001", "f83001", " F83002 "), weight: 4 }, { arbitrary: mangled(fc.constant("F83001")), weight: 1 });

function asDecisionDetails(row: CheckedRow, channel: "CAREMYWAY_IMPORT" | "CIDR_IMPORT") {
  return {
    nhsNumber: row.nhsNumber ?? undefined, givenName: row.givenName!, familyName: row.familyName!, dateOfBirth: row.dateOfBirth!,
    postcode: row.postcode ?? undefined, gpPracticeOds: row.gpPracticeOds ?? undefined, choice: row.choice, madeBy: "SELF" as const,
    channel, decidedAt: row.decidedAt, sourceReference: row.sourceReference ?? undefined,
  };
}

/** A row check's result: an accepted event the register's own schema accepts too, or a known problem with a message. */
function expectSoundCheck(result: ReturnType<typeof checkCidrRow>, channel: "CAREMYWAY_IMPORT" | "CIDR_IMPORT") {
  if (!result.ok) {
    expect(ROW_PROBLEMS).toContain(result.problem.code);
    expect(result.problem.message.length).toBeGreaterThan(5);
    // A bad value is quoted shortened (lone surrogates escaped), so one row cannot flood the report.
    expect(result.problem.message.length).toBeLessThan(1_000);
    return;
  }
  expect(Number.isNaN(result.row.decidedAt.getTime())).toBe(false);
  if (result.row.kind === "retraction") return;
  const parsed = decisionDetailsSchema.safeParse(asDecisionDetails(result.row, channel));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data?.givenName).toBe(result.row.givenName);
  expect(parsed.data?.familyName).toBe(result.row.familyName);
  expect(parsed.data?.postcode ?? null).toBe(result.row.postcode);
}

describe("row checks (fuzzed)", () => {
  it("CareMyWay: never throw; accept only what the register's schema accepts; otherwise a known problem", () => {
    const fields = fc.oneof(
      { arbitrary: fc.tuple(nhsField, text, text, ukDate, postcode, practice, fc.constantFrom("93C1.", "93C0.", " 93C1. ", "93C2.", ""), ukDateTime, text).map((t) => [...t]), weight: 8 },
      { arbitrary: fc.array(nastyString, { maxLength: 12 }), weight: 1 },
    );
    fc.assert(fc.property(fields, (row) => expectSoundCheck(timeBoxed(() => checkCareMyWayRow(row, context)), "CAREMYWAY_IMPORT")), fuzzParams());
  });

  it("CIDR: never throw; accept only what the register's schema accepts; otherwise a known problem", () => {
    const timestamp = fc.oneof({ arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}T10:30:00Z`), weight: 3 }, { arbitrary: timestampText, weight: 1 });
    const fields = fc.oneof(
      {
        arbitrary: fc
          .tuple(nhsField, text, text, isoDate, postcode, practice, fc.constantFrom("416409005", "417528008", "416308001", " 416409005"), timestamp, fc.constantFrom("active", "entered-in-error", " active ", "ACTIVE", "active\r"))
          .map((t) => [...t]),
        weight: 8,
      },
      { arbitrary: fc.array(nastyString, { maxLength: 12 }), weight: 1 },
    );
    fc.assert(fc.property(fields, (row) => expectSoundCheck(timeBoxed(() => checkCidrRow(row, context)), "CIDR_IMPORT")), fuzzParams());
  });
});

// ---------------------------------------------------------------- whole files

async function read(format: LegacyFormat, bytes: Buffer, chunkSize: number) {
  const rows: CheckedRow[] = [];
  const result = await readLegacyFile({
    format,
    input: (async function* () {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    })(),
    totalBytes: bytes.length,
    onRows: async (batch) => {
      rows.push(...batch);
    },
    now: NOW,
  });
  return { ...result, rows };
}

const goodCareMyWayRow = fc
  .tuple(validNhs, fc.constantFrom("Smith", '"Núñez, Zoë"', "O\u2019Brien", '"Said ""Sid"""', "Ørsted"), fc.constantFrom("Ada", "Seán", "Zoë"), fc.integer({ min: 1930, max: 2000 }))
  .map(([nhs, surname, forename, y]) => ({ nhs, line: `${nhs},${surname},${forename},17/05/${y},N1 1AA,F83001,93C1.,15/06/2019 10:30,JSMITH` }));
const goodCidrRow = fc
  .tuple(validNhs, fc.constantFrom("Zoë", "王芳", "Мария", "Ada"), fc.constantFrom("Núñez", "O'Brien", "Smith, Jr", 'Ana "Annie"'), fc.integer({ min: 1930, max: 2000 }))
  .map(([nhs, given, family, y]) => ({ nhs, line: `${nhs}|${given}|${family}|${y}-05-17|N1 1AA|F83001|416409005|2019-06-15T10:30:00Z|active` }));

const careMyWayFile = (lines: string[], trailer = `TOTAL_ROWS=${lines.length}`) => iconv.encode([CAREMYWAY_FORMAT.columns.join(","), ...lines, trailer, ""].join("\r\n"), "windows-1252");
const cidrFile = (lines: string[]) => Buffer.from([CIDR_FORMAT.columns.join("|"), ...lines, ""].join("\n"), "utf8");

/** Byte-level damage: what transfer, editing in a spreadsheet and the wrong export settings do to a file. */
type Damage =
  | { kind: "cut"; at: number }
  | { kind: "insert"; at: number; bytes: readonly number[] }
  | { kind: "replace-line-endings"; from: string; to: string }
  | { kind: "prefix"; bytes: readonly number[] }
  | { kind: "as-encoding"; encoding: "utf8" | "utf16le" | "latin1" };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.oneof(
      invalidUtf8Bytes.map((b) => [...b]),
      fc.constantFrom<number[]>([0x22], [0x22, 0x22], [0x0d], [0x0a], [0x0d, 0x0a], [0x00], [0x2c], [0x7c], [0x81], [0x92], [0xe9], [0xef, 0xbb, 0xbf], [0xc3, 0xab]),
      fc.uint8Array({ maxLength: 8 }).map((a) => [...a]),
    ),
  }),
  fc.record({ kind: fc.constant("replace-line-endings" as const), from: fc.constantFrom("\r\n", "\n"), to: fc.constantFrom("\n", "\r", "\r\n", "\r\r\n", "\n\r") }),
  fc.record({ kind: fc.constant("prefix" as const), bytes: fc.constantFrom<number[]>([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x0a], [0x20]) }),
  fc.record({ kind: fc.constant("as-encoding" as const), encoding: fc.constantFrom("utf8" as const, "utf16le" as const, "latin1" as const) }),
);

function applyDamage(bytes: Buffer, d: Damage, format: LegacyFormat): Buffer {
  return Buffer.from(damaged(bytes, d, format));
}

function damaged(bytes: Buffer, d: Damage, format: LegacyFormat): Uint8Array {
  switch (d.kind) {
    case "cut":
      return bytes.subarray(0, d.at % (bytes.length + 1));
    case "insert": {
      const at = d.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
    }
    case "replace-line-endings":
      return Buffer.from(bytes.toString("latin1").split(d.from).join(d.to), "latin1");
    case "prefix":
      return Buffer.concat([Buffer.from(d.bytes), bytes]);
    case "as-encoding":
      return Buffer.from(iconv.decode(bytes, format.encoding), d.encoding);
  }
}

function expectSoundResult(result: Awaited<ReturnType<typeof read>>, channel: "CAREMYWAY_IMPORT" | "CIDR_IMPORT") {
  if (result.refusal) {
    expect(FILE_REFUSALS).toContain(result.refusal.code);
    expect(result.refusal.message.length).toBeGreaterThan(10);
    return;
  }
  expect(result.rowsRead).toBe(result.rowsChecked + result.rejected);
  expect(result.rows).toHaveLength(result.rowsChecked);
  expect(result.issues.map((i) => i.rowNumber)).toEqual([...result.issues.map((i) => i.rowNumber)].sort((a, b) => a - b));
  for (const issue of result.issues) expect(ROW_PROBLEMS).toContain(issue.code);
  for (const row of result.rows) expectSoundCheck({ ok: true, row }, channel);
}

describe("whole legacy files (fuzzed)", () => {
  it("CareMyWay: an intact file gives back every row, in order, at any chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodCareMyWayRow, { maxLength: 20 }), fc.integer({ min: 1, max: 300 }), async (rows, chunk) => {
        const result = await read(CAREMYWAY_FORMAT, careMyWayFile(rows.map((r) => r.line)), chunk);
        expect(result.refusal).toBeNull();
        expect(result.rows.map((r) => r.nhsNumber)).toEqual(rows.map((r) => r.nhs));
      }),
      fuzzParams(Math.max(20, FUZZ_RUNS_SMALL())),
    );
  });

  it("CIDR: an intact file gives back every row, in order, at any chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodCidrRow, { maxLength: 20 }), fc.integer({ min: 1, max: 300 }), async (rows, chunk) => {
        const result = await read(CIDR_FORMAT, cidrFile(rows.map((r) => r.line)), chunk);
        expect(result.refusal).toBeNull();
        expect(result.rows.map((r) => r.nhsNumber)).toEqual(rows.map((r) => r.nhs));
      }),
      fuzzParams(Math.max(20, FUZZ_RUNS_SMALL())),
    );
  });

  it("CareMyWay: a damaged file is refused with a known reason, or every row is still accounted for; never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodCareMyWayRow, { minLength: 1, maxLength: 12 }), fc.array(damage, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 200 }), async (rows, damages, chunk) => {
        const intact = careMyWayFile(rows.map((r) => r.line));
        const bytes = damages.reduce<Buffer>((b, d) => applyDamage(b, d, CAREMYWAY_FORMAT), intact);
        const result = await read(CAREMYWAY_FORMAT, bytes, chunk);
        expectSoundResult(result, "CAREMYWAY_IMPORT");
        // The control total guards against silent loss: when the file is read, no row has gone missing.
        if (!result.refusal) expect(result.rowsRead).toBe(rows.length);
      }),
      fuzzParams(FUZZ_RUNS_SMALL()),
    );
  });

  it("CIDR: a damaged file is refused with a known reason, or every row read is checked; never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodCidrRow, { minLength: 1, maxLength: 12 }), fc.array(damage, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 200 }), async (rows, damages, chunk) => {
        const bytes = damages.reduce<Buffer>((b, d) => applyDamage(b, d, CIDR_FORMAT), cidrFile(rows.map((r) => r.line)));
        expectSoundResult(await read(CIDR_FORMAT, bytes, chunk), "CIDR_IMPORT");
      }),
      fuzzParams(FUZZ_RUNS_SMALL()),
    );
  });

  it("random bytes and random text as either format: refused or read soundly, never a crash", async () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
      fc.array(fc.oneof(nastyString, fc.constantFrom(CAREMYWAY_FORMAT.columns.join(","), CIDR_FORMAT.columns.join("|"), "TOTAL_ROWS=1", "TOTAL_ROWS=0", '"', '""', ",,,,,,,,", "||||||||")), { maxLength: 8 })
        .chain((lines) => fc.constantFrom("\r\n", "\n").map((eol) => Buffer.from(lines.join(eol), "utf8"))),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom(CAREMYWAY_FORMAT, CIDR_FORMAT), async (bytes, format) => {
        expectSoundResult(await read(format, bytes, 97), format === CAREMYWAY_FORMAT ? "CAREMYWAY_IMPORT" : "CIDR_IMPORT");
      }),
      fuzzParams(FUZZ_RUNS_SMALL()),
    );
  });
});

/** Whole-file runs cost more than a field check: a quarter of FUZZ_RUNS. */
function FUZZ_RUNS_SMALL(): number {
  return Math.max(20, Math.round((fuzzParams().numRuns ?? 200) / 4));
}
