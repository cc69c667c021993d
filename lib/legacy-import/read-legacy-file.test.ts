import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { CAREMYWAY_FORMAT, CIDR_FORMAT, type LegacyFormat } from "./formats";
import { readLegacyFile } from "./read-legacy-file";
import type { CheckedRow } from "./types";

// The reader alone, without a database: whole-file checks and streaming.

const HEADER = CAREMYWAY_FORMAT.columns.join(",");
const row = (nhs: string, surname = "Testperson") => `${nhs},${surname},Ada,17/05/1970,N1 1AA,F83001,93C1.,15/06/2019 10:30,JSMITH`;

async function read(format: LegacyFormat, bytes: Buffer, chunkSize = 64 * 1024) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const rows: CheckedRow[] = [];
  const result = await readLegacyFile({
    format,
    input: (async function* () {
      yield* chunks;
    })(),
    totalBytes: bytes.length,
    onRows: async (batch) => {
      rows.push(...batch);
    },
    now: new Date("2026-11-25T12:00:00Z"),
  });
  return { ...result, rows };
}

const cmw = (lines: string[]) => iconv.encode(lines.join("\r\n"), "windows-1252");

describe("reading a legacy file", () => {
  it("gives the same rows and hash whatever the chunk boundaries, down to one byte", async () => {
    const bytes = cmw([HEADER, row("9434765919", '"Núñez, Zoë"'), row("", "O\u2019Brien"), "TOTAL_ROWS=2", ""]);
    const whole = await read(CAREMYWAY_FORMAT, bytes);
    const byteByByte = await read(CAREMYWAY_FORMAT, bytes, 1);
    expect(whole.refusal).toBeNull();
    expect(whole.rows.map((r) => r.familyName)).toEqual(["Núñez, Zoë", "O\u2019Brien"]);
    expect(byteByByte.rows).toEqual(whole.rows);
    expect(byteByByte.sha256).toBe(whole.sha256);
    expect(whole.sizeBytes).toBe(bytes.length);

    const cidr = Buffer.from(`\ufeff${CIDR_FORMAT.columns.join("|")}\n9434765919|Zoë|Núñez|1970-05-17|||416409005|2019-06-15T10:30:00Z|active\n`, "utf8");
    const cidrWhole = await read(CIDR_FORMAT, cidr);
    expect(cidrWhole.refusal).toBeNull();
    expect((await read(CIDR_FORMAT, cidr, 1)).rows).toEqual(cidrWhole.rows);
    expect(cidrWhole.rows[0]).toMatchObject({ givenName: "Zoë", familyName: "Núñez" });
  });

  it("counts a blank line inside the file as a rejected row, but not blank lines after the trailer", async () => {
    const result = await read(CAREMYWAY_FORMAT, cmw([HEADER, row("9434765919"), "", row(""), "TOTAL_ROWS=3", "", "", ""]));
    expect(result.refusal).toBeNull();
    expect(result.rowsRead).toBe(3);
    expect(result.issues).toEqual([expect.objectContaining({ rowNumber: 3, code: "empty-row" })]);
  });

  it("accepts a file with no rows and a zero control total", async () => {
    const result = await read(CAREMYWAY_FORMAT, cmw([HEADER, "TOTAL_ROWS=0", ""]));
    expect(result.refusal).toBeNull();
    expect(result.rowsRead).toBe(0);
  });

  it("keeps a line break inside a quoted value and numbers rows as records", async () => {
    const result = await read(CAREMYWAY_FORMAT, cmw([HEADER, row("9434765919", '"Two\r\nLines"'), row(""), "TOTAL_ROWS=2", ""]));
    expect(result.refusal).toBeNull();
    // A line break is a control character: that name is rejected, and the next record is row 3.
    expect(result.issues).toEqual([expect.objectContaining({ rowNumber: 2, code: "name-invalid-characters" })]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it("refuses a CIDR file holding Windows-1252 bytes, and a CareMyWay file holding bytes Windows-1252 leaves undefined", async () => {
    const cidr = Buffer.concat([Buffer.from(`${CIDR_FORMAT.columns.join("|")}\n`), Buffer.from("9434765919|Zo\xeb|X|1970-05-17|||416409005|2019-06-15T10:30:00Z|active\n", "latin1")]);
    expect((await read(CIDR_FORMAT, cidr)).refusal?.code).toBe("wrong-encoding");
    const undefinedByte = Buffer.concat([cmw([HEADER, row("9434765919")]), Buffer.from([0x0d, 0x0a, 0x81, 0x0d, 0x0a])]);
    expect((await read(CAREMYWAY_FORMAT, undefinedByte)).refusal).toMatchObject({ code: "wrong-encoding", message: expect.stringContaining("0x81") });
  });

  it("still reports the hash and size of a refused file", async () => {
    const bytes = cmw([HEADER, row("9434765919")]);
    const result = await read(CAREMYWAY_FORMAT, bytes);
    expect(result.refusal?.code).toBe("missing-trailer");
    expect(result.sizeBytes).toBe(bytes.length);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
