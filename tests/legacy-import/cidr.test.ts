import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { commitImport } from "@/lib/legacy-import/commit-import";
import { dryRunImport } from "@/lib/legacy-import/dry-run-import";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, cidrFile, cidrLine, expectConsistent, writeTempFile } from "./support";

const SYSTEM = { kind: "SYSTEM", id: "import-test" } as const;
const OPT_OUT = "416409005";
const OPT_IN = "417528008";

const commit = (bytes: Buffer, name = "camden.txt") => commitImport({ source: "cidr", path: writeTempFile(bytes, name), ranBy: SYSTEM });

async function statusesOf(nhsNumber: string) {
  const decisions = await getDb().decision.findMany({
    where: { nhsNumber },
    orderBy: { decidedAt: "asc" },
    select: { sourceRow: true, choice: true, statusEvents: { orderBy: { id: "asc" }, select: { status: true, reason: true } } },
  });
  return decisions.map((d) => ({ row: d.sourceRow, choice: d.choice, statuses: d.statusEvents.map((e) => e.status), reasons: d.statusEvents.map((e) => e.reason) }));
}

describe("CIDR import", () => {
  it("reads UTF-8 with a byte-order mark, LF and pipes, and ISO timestamps with Z or an offset", async () => {
    const [a, b, c] = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const report = await commit(
      cidrFile(
        [
          { nhs: a, given: "Zoë", family: "Núñez", recordedAt: "2019-06-15T10:30:00+01:00", postcode: "nw1 2db" },
          // No quoting in CIDR: quotes and commas are just characters.
          { nhs: formatNhsNumber(b), given: "Seán", family: '"O\'Brien", Jr', recordedAt: "2019-01-15T10:30:00.123Z", snomed: OPT_IN },
          { nhs: c, recordedAt: "2019-03-31T02:30:00+0100" },
        ],
        { bom: true },
      ),
    );
    expect(report.outcome).toBe("committed");
    expect(report.counts).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0 });
    const stored = await getDb().decision.findMany({
      where: { importRunId: report.importRun!.id },
      orderBy: { sourceRow: "asc" },
      select: { givenName: true, familyName: true, decidedAt: true, channel: true, sourceCode: true, choice: true, postcode: true },
    });
    expect(stored).toEqual([
      { givenName: "Zoë", familyName: "Núñez", decidedAt: new Date("2019-06-15T09:30:00Z"), channel: "CIDR_IMPORT", sourceCode: OPT_OUT, choice: "OPT_OUT", postcode: "NW1 2DB" },
      { givenName: "Seán", familyName: '"O\'Brien", Jr', decidedAt: new Date("2019-01-15T10:30:00.123Z"), channel: "CIDR_IMPORT", sourceCode: OPT_IN, choice: "OPT_IN", postcode: "NW1 2DB" },
      { givenName: "Ada", familyName: "Testperson", decidedAt: new Date("2019-03-31T01:30:00Z"), channel: "CIDR_IMPORT", sourceCode: OPT_OUT, choice: "OPT_OUT", postcode: "NW1 2DB" },
    ]);
  });

  it("rejects codes about the national record, timestamps without a zone and other bad rows", async () => {
    const report = await dryRunImport({
      source: "cidr",
      stream: Readable.from([
        cidrFile([
          { nhs: uniqueNhsNumber(), snomed: "416308001" },
          { nhs: uniqueNhsNumber(), recordedAt: "2019-06-15T10:30:00" },
          { nhs: uniqueNhsNumber(), recordedAt: "15/06/2019 10:30" },
          { nhs: uniqueNhsNumber(), birth: "17/05/1970" },
          { nhs: uniqueNhsNumber(), status: "inactive" },
          `${cidrLine({ nhs: uniqueNhsNumber() })}|extra`,
          `${cidrLine({ nhs: uniqueNhsNumber() })}\r`,
          { nhs: uniqueNhsNumber() },
        ]),
      ]),
      fileName: "camden-bad.txt",
    });
    expect(report.outcome).toBe("checked");
    expect(report.issues.map((i) => [i.rowNumber, i.code])).toEqual([
      [2, "unknown-code"],
      [3, "event-date-no-time-zone"],
      [4, "event-date-invalid"],
      [5, "date-of-birth-invalid"],
      [6, "unknown-status"],
      [7, "wrong-column-count"],
      [8, "carriage-return-in-row"],
    ]);
    expect(report.issues[0]!.message).toContain("416308001");
    expect(report.counts).toMatchObject({ rowsRead: 8, accepted: 1, rejected: 7 });
  });

  it("refuses files in the wrong encoding, with CRLF endings or the other scheme's header", async () => {
    const good = cidrLine({ nhs: uniqueNhsNumber(), given: "Zoë" });
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.concat([cidrFile([]).subarray(0, -1), Buffer.from("\n9990000000|Zo\xeb|X|1970-01-01||||active\n", "latin1")]), "wrong-encoding", /not valid UTF-8/],
      [Buffer.from(`\ufeff${cidrFile([good]).toString("utf8")}`, "utf16le"), "wrong-encoding", /NUL bytes|not valid UTF-8/],
      [cidrFile([good], { eol: "\r\n" }), "wrong-line-endings", /LF/],
      [careMyWayFile([]), "wrong-header", /looks like a CareMyWay extract/],
    ];
    for (const [bytes, code, message] of cases) {
      const report = await dryRunImport({ source: "cidr", stream: Readable.from([bytes]), fileName: "refused.txt" });
      expect(report.outcome, code).toBe("refused");
      expect(report.refusal?.code, code).toBe(code);
      expect(report.refusal?.message).toMatch(message);
    }
  });

  it("retracts an earlier row of the same file that an entered-in-error row names, keeping it in history as withdrawn", async () => {
    const nhsNumber = uniqueNhsNumber();
    const other = uniqueNhsNumber();
    const event = { nhs: nhsNumber, snomed: OPT_OUT, recordedAt: "2018-02-01T09:00:00Z" };
    const report = await commit(
      cidrFile([
        { ...event, status: "entered-in-error" }, // row 2: nothing earlier to retract
        event, // row 3: the event
        { ...event, status: "entered-in-error" }, // row 4: retracts row 3
        { ...event, status: "entered-in-error" }, // row 5: repeats the retraction
        { nhs: other, snomed: OPT_IN, recordedAt: "2018-02-01T09:00:00Z" },
      ]),
    );
    expect(report.outcome).toBe("committed");
    expect(report.counts).toEqual({ rowsRead: 5, accepted: 1, superseded: 0, untraced: 0, duplicates: 1, retracted: 1, retractions: 1, rejected: 1 });
    expect(report.issues).toEqual([
      expect.objectContaining({ rowNumber: 2, outcome: "rejected", code: "retracts-nothing" }),
      expect.objectContaining({ rowNumber: 3, outcome: "retracted", code: "retracted-in-error", message: expect.stringContaining("row 4") }),
    ]);
    expect(report.issues[0]!.fields?.[8]).toBe("entered-in-error");
    expect(await statusesOf(nhsNumber)).toEqual([
      { row: 3, choice: "OPT_OUT", statuses: ["EFFECTIVE", "WITHDRAWN"], reasons: [null, expect.stringContaining("retracted by row 4")] },
    ]);
    // The retracted opt-out never counted: the person was never opted out.
    const { state } = await expectConsistent(nhsNumber);
    expect(state).toBeNull();
    expect(await getDb().consentChange.count({ where: { nhsNumber } })).toBe(0);
  });

  it("withdraws a decision an earlier import brought in, once, and recomputes the person", async () => {
    const nhsNumber = uniqueNhsNumber();
    const first = await commit(
      cidrFile([
        { nhs: nhsNumber, snomed: OPT_OUT, recordedAt: "2017-01-01T09:00:00Z" },
        { nhs: nhsNumber, snomed: OPT_IN, recordedAt: "2018-01-01T09:00:00Z" },
        { nhs: "", given: "Una", family: "Traced-Not", birth: "1960-02-29", recordedAt: "2018-03-01T09:00:00Z" },
      ]),
    );
    expect(first.counts).toMatchObject({ accepted: 2, untraced: 1 });
    expect((await expectConsistent(nhsNumber)).state?.status).toBe("PARTICIPATING");

    // A later extract: the opt-in was entered in error (and so was the untraced opt-out).
    const retraction = cidrFile([
      { nhs: nhsNumber, snomed: OPT_IN, recordedAt: "2018-01-01T09:00:00Z", status: "entered-in-error", given: "", family: "" },
      { nhs: "", given: "Una", family: "Traced-Not", birth: "1960-02-29", recordedAt: "2018-03-01T09:00:00Z", status: "entered-in-error" },
    ]);
    const second = await commit(retraction, "camden-2.txt");
    expect(second.outcome).toBe("committed");
    expect(second.counts).toMatchObject({ rowsRead: 2, retractions: 2, rejected: 0 });
    expect(second.retractionsOfEarlierImports).toBe(2);
    expect(second.peopleChanged).toBe(1);
    const { state } = await expectConsistent(nhsNumber);
    expect(state?.status).toBe("OPTED_OUT");
    // The feed says why the answer changed: the withdrawn opt-in's reason and when (ADR 020), from the bulk writer.
    const withdrawnReason = (await statusesOf(nhsNumber)).find((d) => d.choice === "OPT_IN")!.reasons[1];
    const feed = await getDb().consentChange.findMany({ where: { nhsNumber }, orderBy: { seq: "asc" }, select: { status: true, withdrawalReason: true, withdrawnAt: true } });
    expect(feed.map((c) => [c.status, c.withdrawalReason, c.withdrawnAt === null])).toEqual([
      ["PARTICIPATING", null, true],
      ["OPTED_OUT", withdrawnReason, false],
    ]);
    expect(withdrawnReason).toEqual(expect.any(String));
    const untraced = await getDb().decision.findFirstOrThrow({
      where: { familyName: "Traced-Not", nhsNumber: null },
      select: { statusEvents: { orderBy: { id: "asc" }, select: { status: true } } },
    });
    expect(untraced.statusEvents.map((e) => e.status)).toEqual(["EFFECTIVE", "WITHDRAWN"]);

    // Again, in another file: already applied, nothing to do.
    const third = await commit(Buffer.concat([retraction, Buffer.from("")]), "camden-3.txt");
    expect(third.outcome).toBe("already-imported");
    const fourth = await commit(cidrFile([{ nhs: nhsNumber, snomed: OPT_IN, recordedAt: "2018-01-01T09:00:00Z", status: "entered-in-error" }]));
    expect(fourth.outcome).toBe("nothing-to-import");
    expect(fourth.duplicatesOf.retractionAlreadyApplied).toBe(1);
    expect((await statusesOf(nhsNumber)).map((d) => d.statuses)).toEqual([["EFFECTIVE"], ["EFFECTIVE", "WITHDRAWN"]]);
  });

  it("puts a person who is in both files in the state of their latest event, whichever file it came from", async () => {
    const [later, tie, older] = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    await commitImport({
      source: "caremyway",
      path: writeTempFile(
        careMyWayFile([
          { nhs: later, code: "93C1.", event: "01/02/2016 10:00" },
          { nhs: tie, code: "93C0.", event: "01/07/2018 10:00" }, // 09:00 UTC
          { nhs: older, code: "93C1.", event: "01/02/2020 10:00" },
        ]),
      ),
      ranBy: SYSTEM,
    });
    const report = await commit(
      cidrFile([
        { nhs: later, snomed: OPT_IN, recordedAt: "2019-02-01T10:00:00Z" },
        { nhs: tie, snomed: OPT_OUT, recordedAt: "2018-07-01T09:00:00Z" }, // the same instant: the opt-out wins
        { nhs: older, snomed: OPT_IN, recordedAt: "2019-02-01T10:00:00Z" },
      ]),
    );
    // Another source's event at the same instant is not a duplicate.
    expect(report.counts).toMatchObject({ accepted: 2, superseded: 1, duplicates: 0 });
    expect((await expectConsistent(later)).state).toMatchObject({ status: "PARTICIPATING", channel: "CIDR_IMPORT" });
    expect((await expectConsistent(tie)).state).toMatchObject({ status: "OPTED_OUT", channel: "CIDR_IMPORT" });
    expect((await expectConsistent(older)).state).toMatchObject({ status: "OPTED_OUT", channel: "CAREMYWAY_IMPORT" });
  });
});
