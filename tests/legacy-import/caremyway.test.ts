import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { NHS_NUMBER_ERRORS } from "@/lib/content/nhs-number-errors";
import { getDb } from "@/lib/db";
import { commitImport } from "@/lib/legacy-import/commit-import";
import { dryRunImport } from "@/lib/legacy-import/dry-run-import";
import { prepareImport } from "@/lib/legacy-import/prepare-import";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, careMyWayLine, expectConsistent, writeTempFile } from "./support";

const SYSTEM = { kind: "SYSTEM", id: "import-test" } as const;
const SUPERVISOR = { kind: "STAFF", id: "supervisor-1" } as const;

/** A valid NHS number with its last digit changed: it fails the Modulus 11 check. */
function withWrongCheckDigit(nhsNumber: string): string {
  return nhsNumber.slice(0, 9) + String((Number(nhsNumber[9]) + 1) % 10);
}

describe("CareMyWay import", () => {
  it("reads Windows-1252 names, quoted commas and quotes, CRLF and spaced NHS numbers, and keeps them exactly", async () => {
    const [a, b, c] = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const file = careMyWayFile([
      { nhs: formatNhsNumber(a), surname: "O\u2019Brien", forenames: "Zoë", postcode: "n7 6aa", practice: "f83001" },
      { nhs: b, surname: "Núñez, Jr", forenames: 'Ana "Annie"' },
      { nhs: ` ${formatNhsNumber(c)} `, surname: "O'Brien", forenames: "Seán" },
    ]);
    // The bytes really are Windows-1252: ë is one byte, the typographic apostrophe 0x92.
    expect(file.includes(Buffer.from([0xeb]))).toBe(true);
    expect(file.includes(Buffer.from([0x92]))).toBe(true);
    expect(file.includes(Buffer.from("\r\n"))).toBe(true);

    const path = writeTempFile(file, "islington.csv");
    const report = await commitImport({ source: "caremyway", path, ranBy: SYSTEM });
    expect(report.outcome).toBe("committed");
    expect(report.counts).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0 });

    const stored = await getDb().decision.findMany({
      where: { nhsNumber: { in: [a, b, c] } },
      select: { nhsNumber: true, familyName: true, givenName: true, postcode: true, gpPracticeOds: true },
      orderBy: { sourceRow: "asc" },
    });
    expect(stored).toEqual([
      { nhsNumber: a, familyName: "O\u2019Brien", givenName: "Zoë", postcode: "N7 6AA", gpPracticeOds: "F83001" },
      { nhsNumber: b, familyName: "Núñez, Jr", givenName: 'Ana "Annie"', postcode: "N1 1AA", gpPracticeOds: "F83001" },
      { nhsNumber: c, familyName: "O'Brien", givenName: "Seán", postcode: "N1 1AA", gpPracticeOds: "F83001" },
    ]);
  });

  it("keeps backslashes exactly, including a name that reads \\N (the staging COPY's null)", async () => {
    const [a, b] = [uniqueNhsNumber(), uniqueNhsNumber()];
    const path = writeTempFile(
      careMyWayFile([
        { nhs: a, surname: "O\\Brien", forenames: "\\N", enteredBy: "DOM\\JSMITH" },
        { nhs: b, surname: "\\\\t", forenames: "Ann\\" },
        // Untraced twice with the same backslashed name: the same person, so a duplicate.
        { nhs: "", surname: "Back\\slash", forenames: "\\N", dob: "01/02/1960" },
        { nhs: "", surname: "Back\\slash", forenames: "\\N", dob: "01/02/1960" },
      ]),
    );
    const dry = await dryRunImport({ source: "caremyway", path });
    expect(dry.counts).toMatchObject({ rowsRead: 4, accepted: 2, untraced: 1, duplicates: 1, rejected: 0 });
    const report = await commitImport({ source: "caremyway", path, ranBy: SYSTEM });
    expect(report.outcome).toBe("committed");
    const stored = await getDb().decision.findMany({
      where: { importRunId: report.importRun!.id },
      orderBy: { sourceRow: "asc" },
      select: { nhsNumber: true, familyName: true, givenName: true, sourceReference: true },
    });
    expect(stored).toEqual([
      { nhsNumber: a, familyName: "O\\Brien", givenName: "\\N", sourceReference: "CareMyWay, entered by DOM\\JSMITH" },
      { nhsNumber: b, familyName: "\\\\t", givenName: "Ann\\", sourceReference: "CareMyWay, entered by JSMITH" },
      { nhsNumber: null, familyName: "Back\\slash", givenName: "\\N", sourceReference: "CareMyWay, entered by JSMITH" },
    ]);
  });

  it("stores a file name PostgreSQL could not hold (a NUL, a broken character) cleaned, instead of failing the commit", async () => {
    // lib/files/clean-file-name.ts, the one rule for names others chose: unsafe characters go, at most 255 UTF-16 units, no half emoji.
    for (const [name, stored] of [
      ["a\u0000b.csv", "ab.csv"],
      ["x\ud800y.csv", "xy.csv"],
      [`${"é".repeat(254)}\u{1F600}\u{1F600}.csv`, "é".repeat(254)],
      [`${"é".repeat(253)}\u{1F600}\u{1F600}.csv`, `${"é".repeat(253)}\u{1F600}`],
    ]) {
      const report = await commitImport({
        source: "caremyway",
        stream: Readable.from([careMyWayFile([{ nhs: uniqueNhsNumber() }])]),
        fileName: name,
        ranBy: SYSTEM,
      });
      expect(report.outcome).toBe("committed");
      expect(report.fileName).toBe(stored);
      expect((await getDb().importRun.findUniqueOrThrow({ where: { id: report.importRun!.id } })).fileName).toBe(stored);
    }
  });

  it("gives up cleanly when the file cannot be read to the end: an error, nothing written, nothing left waiting", async () => {
    const nhsNumber = uniqueNhsNumber();
    const file = careMyWayFile(Array.from({ length: 12_000 }, () => ({ nhs: nhsNumber })));
    async function* failing() {
      // Enough rows for the importer to be part-way through staging them.
      yield file.subarray(0, Math.floor(file.length * 0.8));
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("the upload was cut off");
    }
    const started = Date.now();
    await expect(dryRunImport({ source: "caremyway", stream: failing(), fileName: "cut.csv" })).rejects.toThrow(/cut off/);
    await expect(commitImport({ source: "caremyway", stream: failing(), fileName: "cut.csv", ranBy: SYSTEM })).rejects.toThrow(/cut off/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(0);
    // The import lock went with the failed commit's connection: the next import is not kept waiting.
    const next = await commitImport({ source: "caremyway", path: writeTempFile(careMyWayFile([{ nhs: nhsNumber }])), ranBy: SYSTEM });
    expect(next.outcome).toBe("committed");
  });

  it("dry runs first: reports every outcome and writes nothing", async () => {
    const [opted, twice, bad] = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const rows = [
      { nhs: opted },
      { nhs: twice, event: "01/02/2018" },
      { nhs: twice, event: "01/02/2018" }, // exact repeat: a duplicate
      { nhs: withWrongCheckDigit(bad) },
      { nhs: "", surname: "Untraced", forenames: "Una", postcode: "N19 3AB" },
      { nhs: uniqueNhsNumber(), code: "9Nu0." },
      { nhs: uniqueNhsNumber(), event: "31/02/2019" },
      "only,three,columns",
    ];
    const before = await getDb().decision.count();
    const report = await dryRunImport({ source: "caremyway", stream: Readable.from([careMyWayFile(rows)]), fileName: "dry.csv" });
    expect(report.outcome).toBe("checked");
    expect(report.fileName).toBe("dry.csv");
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.counts).toEqual({
      rowsRead: 8,
      accepted: 2,
      superseded: 0,
      untraced: 1,
      duplicates: 1,
      retracted: 0,
      retractions: 0,
      rejected: 4,
    });
    expect(report.duplicatesOf.earlierRowOfThisFile).toBe(1);
    expect(report.issues.map((i) => [i.rowNumber, i.code])).toEqual([
      [5, "nhs-number-check-digit"],
      [7, "unknown-code"],
      [8, "event-date-invalid"],
      [9, "wrong-column-count"],
    ]);
    expect(report.issues[0]!.message).toContain(NHS_NUMBER_ERRORS["check-digit"]);
    expect(report.issues[1]!.message).toContain('"9Nu0."');
    expect(report.issues[3]!.fields).toEqual(["only", "three", "columns"]);
    expect(await getDb().decision.count()).toBe(before);
    expect(await getDb().importRun.count({ where: { sha256: report.sha256 } })).toBe(0);
  });

  it("converts UK local event times to the right instant on both sides of the clock changes", async () => {
    const times: [string, string | null][] = [
      ["15/01/2019 10:30", "2019-01-15T10:30:00.000Z"], // GMT
      ["15/06/2019 10:30", "2019-06-15T09:30:00.000Z"], // BST
      ["15/06/2019", "2019-06-14T23:00:00.000Z"], // a date alone: the start of that day, in BST
      ["31/03/2019 00:59", "2019-03-31T00:59:00.000Z"], // just before the clocks went forward
      ["31/03/2019 01:30", null], // never happened: refused, not guessed
      ["31/03/2019 02:00", "2019-03-31T01:00:00.000Z"], // just after
      ["27/10/2019 00:59", "2019-10-26T23:59:00.000Z"], // BST, before the clocks went back
      ["27/10/2019 01:30", "2019-10-27T00:30:00.000Z"], // happened twice: the earlier (BST)
      ["27/10/2019 02:00", "2019-10-27T02:00:00.000Z"], // GMT again
    ];
    const people = times.map(() => uniqueNhsNumber());
    const report = await commitImport({
      source: "caremyway",
      path: writeTempFile(careMyWayFile(times.map(([event], i) => ({ nhs: people[i], event })))),
      ranBy: SYSTEM,
    });
    expect(report.counts.accepted).toBe(8);
    expect(report.issues).toEqual([
      expect.objectContaining({ rowNumber: 6, code: "event-date-skipped-by-clock-change", outcome: "rejected" }),
    ]);
    const stored = await getDb().decision.findMany({ where: { nhsNumber: { in: people } }, select: { nhsNumber: true, decidedAt: true } });
    for (const [i, [, expected]] of times.entries()) {
      const found = stored.find((d) => d.nhsNumber === people[i]);
      expect(found?.decidedAt.toISOString() ?? null, times[i]![0]).toBe(expected);
    }
  });

  it("records provenance on the run and on each decision, audits the run, and re-importing changes nothing", async () => {
    const [p1, p2] = [uniqueNhsNumber(), uniqueNhsNumber()];
    const file = careMyWayFile([
      { nhs: p1, code: "93C1.", event: "01/03/2015 09:00", enteredBy: "NURSE1" },
      { nhs: p1, code: "93C0.", event: "01/03/2016 09:00" },
      { nhs: p2, code: "93C1.", event: "02/03/2015" },
      { nhs: "", surname: "Nomatch", forenames: "Nina", dob: "01/01/1950", postcode: "N4 2XY", practice: "F83999" },
    ]);
    const path = writeTempFile(file, "cmw-2024-01.csv");
    const dry = await dryRunImport({ source: "caremyway", path });
    const report = await commitImport({ source: "caremyway", path, ranBy: SUPERVISOR, expectedSha256: dry.sha256 });
    expect(report.outcome).toBe("committed");
    expect(report.counts).toEqual({ ...dry.counts });
    expect(report.peopleChanged).toBe(2);

    const run = await getDb().importRun.findUniqueOrThrow({ where: { id: report.importRun!.id } });
    expect(run).toMatchObject({ source: "CAREMYWAY", fileName: "cmw-2024-01.csv", sha256: dry.sha256, rowCount: 4, ranByKind: "STAFF", ranById: "supervisor-1" });
    const decisions = await getDb().decision.findMany({
      where: { importRunId: run.id },
      orderBy: { sourceRow: "asc" },
      select: {
        nhsNumber: true, sourceRow: true, sourceCode: true, channel: true, choice: true, decidedAt: true, recordedByKind: true,
        recordedById: true, sourceReference: true, familyName: true, dateOfBirth: true, postcode: true, gpPracticeOds: true, reference: true,
        statusEvents: { select: { status: true, byKind: true, byId: true } },
      },
    });
    expect(decisions.map((d) => [d.nhsNumber, d.sourceRow, d.sourceCode, d.choice, d.decidedAt.toISOString()])).toEqual([
      [p1, 2, "93C1.", "OPT_OUT", "2015-03-01T09:00:00.000Z"],
      [p1, 3, "93C0.", "OPT_IN", "2016-03-01T09:00:00.000Z"],
      [p2, 4, "93C1.", "OPT_OUT", "2015-03-02T00:00:00.000Z"],
      [null, 5, "93C1.", "OPT_OUT", "2019-06-15T09:30:00.000Z"],
    ]);
    for (const d of decisions) {
      expect(d).toMatchObject({ channel: "CAREMYWAY_IMPORT", recordedByKind: "STAFF", recordedById: "supervisor-1" });
      expect(d.statusEvents).toEqual([{ status: "EFFECTIVE", byKind: "STAFF", byId: "supervisor-1" }]);
      expect(d.reference).toMatch(/^[2-9A-HJKMNP-TV-Y]{9}$/);
    }
    expect(decisions[0]!.sourceReference).toBe("CareMyWay, entered by NURSE1");
    // The untraced decision is the tracing worklist entry, with what staff need to match it.
    expect(decisions[3]).toMatchObject({ familyName: "Nomatch", postcode: "N4 2XY", gpPracticeOds: "F83999" });
    expect(decisions[3]!.dateOfBirth.toISOString().slice(0, 10)).toBe("1950-01-01");

    const { state: s1 } = await expectConsistent(p1);
    expect(s1).toMatchObject({ status: "PARTICIPATING", channel: "CAREMYWAY_IMPORT" });
    const { state: s2 } = await expectConsistent(p2);
    expect(s2?.status).toBe("OPTED_OUT");

    const audits = await getDb().auditEvent.findMany({ where: { action: "import.commit", entityId: run.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: "STAFF", actorId: "supervisor-1", entityType: "import_run" });
    expect((audits[0]!.details as { counts: unknown }).counts).toEqual(report.counts);

    // The same file again: nothing changes, and the report says so.
    const counts = async () => ({
      decisions: await getDb().decision.count(),
      runs: await getDb().importRun.count(),
      changes: await getDb().consentChange.count(),
      audits: await getDb().auditEvent.count({ where: { action: "import.commit" } }),
    });
    const before = await counts();
    const again = await commitImport({ source: "caremyway", path, ranBy: SYSTEM });
    expect(again.outcome).toBe("already-imported");
    expect(again.importRun?.id).toBe(run.id);
    expect(again.counts).toMatchObject({ rowsRead: 4, accepted: 0, untraced: 0, duplicates: 4 });
    expect((await dryRunImport({ source: "caremyway", path })).outcome).toBe("already-imported");
    // The same rows in a different file (another export): duplicates, nothing to import.
    const reexport = writeTempFile(careMyWayFile([careMyWayLine({ nhs: p2, code: "93C1.", event: "02/03/2015" })]), "again.csv");
    const second = await commitImport({ source: "caremyway", path: reexport, ranBy: SYSTEM });
    expect(second.outcome).toBe("nothing-to-import");
    expect(second.duplicatesOf.earlierImport).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it("keeps a newer online decision current when an older legacy event arrives", async () => {
    const nhsNumber = uniqueNhsNumber();
    const { recordDecision } = await import("@/tests/support/record-test-decision");
    const { decisionDetails, RESIDENT } = await import("../support/factories");
    const online = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: new Date("2024-05-01T12:00:00Z") }),
      recordedBy: RESIDENT,
    });
    const seqBefore = (await getDb().personConsent.findUniqueOrThrow({ where: { nhsNumber } })).seq;

    const report = await commitImport({
      source: "caremyway",
      path: writeTempFile(careMyWayFile([{ nhs: nhsNumber, code: "93C1.", event: "01/04/2016 09:00" }])),
      ranBy: SYSTEM,
    });
    expect(report.counts).toMatchObject({ accepted: 0, superseded: 1 });
    expect(report.peopleChanged).toBe(0);
    const { state } = await expectConsistent(nhsNumber);
    expect(state).toMatchObject({ decisionId: online.id, status: "PARTICIPATING", seq: seqBefore });
    // Kept in history all the same.
    expect(await getDb().decision.count({ where: { nhsNumber, channel: "CAREMYWAY_IMPORT" } })).toBe(1);
  });

  it("rejects rows that break a field rule, each with its reason", async () => {
    const n = () => uniqueNhsNumber();
    const rows: [Parameters<typeof careMyWayLine>[0] | string, string][] = [
      [{ nhs: "12345" }, "nhs-number-wrong-length"],
      [{ nhs: "999x000000" }, "nhs-number-not-digits"],
      [{ nhs: n(), surname: "" }, "name-missing"],
      [{ nhs: n(), forenames: "A".repeat(101) }, "name-too-long"],
      [{ nhs: n(), dob: "1970-05-17" }, "date-of-birth-invalid"],
      [{ nhs: n(), dob: "01/01/2999" }, "date-of-birth-in-future"],
      [{ nhs: n(), dob: "01/01/1899" }, "date-of-birth-too-early"],
      [{ nhs: n(), postcode: "NOT A POSTCODE" }, "postcode-invalid"],
      [{ nhs: n(), practice: "12345" }, "practice-code-invalid"],
      [{ nhs: n(), code: "93C1" }, "unknown-code"],
      [{ nhs: n(), event: "2019-06-15 10:30" }, "event-date-invalid"],
      [{ nhs: n(), event: "15/06/2019 25:00" }, "event-date-invalid"],
      [{ nhs: n(), event: "01/01/2999" }, "event-date-in-future"],
      [{ nhs: n(), dob: "01/01/2018", event: "01/01/2017" }, "event-date-before-birth"],
      ["", "empty-row"],
    ];
    const report = await dryRunImport({
      source: "caremyway",
      stream: Readable.from([careMyWayFile([...rows.map(([r]) => r), { nhs: n() }])]),
      fileName: "bad-rows.csv",
    });
    expect(report.outcome).toBe("checked");
    expect(report.counts).toMatchObject({ rowsRead: rows.length + 1, accepted: 1, rejected: rows.length });
    expect(report.issues.map((i) => i.code)).toEqual(rows.map(([, code]) => code));
    expect(report.issues.map((i) => i.rowNumber)).toEqual(rows.map((_, i) => i + 2));
  });

  it("refuses a whole file that fails a whole-file check, with one clear message", async () => {
    const row = () => ({ nhs: uniqueNhsNumber() });
    const cases: [Buffer, string, RegExp][] = [
      [careMyWayFile([row(), row()], { trailer: null }), "missing-trailer", /no control total/],
      [careMyWayFile([row(), row()], { trailer: 3 }), "count-mismatch", /says 3 rows but the file has 2/],
      [careMyWayFile([row()], { header: "NHS_NUMBER,SURNAME,FORENAMES" }), "wrong-header", /not the CareMyWay header/],
      [careMyWayFile([{ ...row(), surname: "Zoë" }], { encoding: "utf-8" }), "wrong-encoding", /UTF-8, not Windows-1252/],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), careMyWayFile([row()])]), "wrong-encoding", /byte-order mark/],
      [careMyWayFile([row()], { eol: "\n" }), "wrong-line-endings", /CRLF/],
      [careMyWayFile([row(), "TOTAL_ROWS=1", row()], { trailer: 3 }), "trailer-not-last", /not the last line/],
      [careMyWayFile([row(), `${careMyWayLine(row())},"unclosed`]), "malformed-csv", /never closed/],
      [Buffer.alloc(0), "empty-file", /empty/],
    ];
    for (const [bytes, code, message] of cases) {
      const report = await dryRunImport({ source: "caremyway", stream: Readable.from([bytes]), fileName: "refused.csv" });
      expect(report.outcome, code).toBe("refused");
      expect(report.refusal?.code).toBe(code);
      expect(report.refusal?.message).toMatch(message);
      expect(report.counts.accepted).toBe(0);
    }
    // Commit refuses it the same way and writes nothing.
    const before = await getDb().decision.count();
    const refused = await commitImport({
      source: "caremyway",
      path: writeTempFile(careMyWayFile([row(), row()], { trailer: 5 })),
      ranBy: SYSTEM,
    });
    expect(refused.outcome).toBe("refused");
    expect(await getDb().decision.count()).toBe(before);
  });

  it("gives a new reference number to a decision whose random one is already taken or drawn twice", async () => {
    const { recordDecision } = await import("@/tests/support/record-test-decision");
    const { decisionDetails, RESIDENT } = await import("../support/factories");
    const { createIdentifierSource } = await import("@/lib/legacy-import/new-identifiers");
    const taken = (await recordDecision({ details: decisionDetails(), recordedBy: RESIDENT })).reference;
    const real = createIdentifierSource();
    let drawn = 0;
    const people = [uniqueNhsNumber(), uniqueNhsNumber(), uniqueNhsNumber()];
    const report = await commitImport({
      source: "caremyway",
      path: writeTempFile(careMyWayFile(people.map((nhs) => ({ nhs })))),
      ranBy: SYSTEM,
      // The first two rows draw the taken number; the third a fresh one.
      createIdentifiers: () => ({ nextId: real.nextId, nextReference: () => (drawn++ < 2 ? taken : real.nextReference()) }),
    });
    expect(report.outcome).toBe("committed");
    const references = (await getDb().decision.findMany({ where: { nhsNumber: { in: people } }, select: { reference: true } })).map((d) => d.reference);
    expect(references).toHaveLength(3);
    expect(new Set(references).size).toBe(3);
    expect(references).not.toContain(taken);
  });

  it("commits all or nothing: a failure while updating people leaves no trace of the import", async () => {
    const [first, failing] = [uniqueNhsNumber(), uniqueNhsNumber()];
    // A trigger that fails for one person only, so tests running beside this one are untouched.
    await getDb().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_import_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.nhs_number = '${failing}' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$`);
    await getDb().$executeRawUnsafe(
      "CREATE TRIGGER fail_import_for_test BEFORE INSERT ON person_consent FOR EACH ROW EXECUTE FUNCTION fail_import_for_test()",
    );
    try {
      const path = writeTempFile(careMyWayFile([{ nhs: first }, { nhs: failing }, { nhs: "", surname: "Untraced" }]));
      await expect(commitImport({ source: "caremyway", path, ranBy: SYSTEM })).rejects.toThrow(/injected failure/);
      expect(await getDb().decision.count({ where: { nhsNumber: { in: [first, failing] } } })).toBe(0);
      expect(await getDb().personConsent.count({ where: { nhsNumber: first } })).toBe(0);
      expect(await getDb().consentChange.count({ where: { nhsNumber: first } })).toBe(0);
      // No import run, so no decision at all (every imported decision points at its run).
      const { sha256 } = await dryRunImport({ source: "caremyway", path });
      expect(await getDb().importRun.count({ where: { sha256 } })).toBe(0);
    } finally {
      await getDb().$executeRawUnsafe("DROP TRIGGER fail_import_for_test ON person_consent");
      await getDb().$executeRawUnsafe("DROP FUNCTION fail_import_for_test()");
    }
  });

  it("can keep a dry run open and commit exactly what it checked, or discard it", async () => {
    const people = [uniqueNhsNumber(), uniqueNhsNumber()];
    const path = writeTempFile(careMyWayFile([{ nhs: people[0] }, { nhs: people[1], code: "93C0." }, { nhs: "12345" }]));
    const dry = await dryRunImport({ source: "caremyway", path });

    const discarded = await prepareImport({ source: "caremyway", path });
    expect(discarded.report.counts).toEqual(dry.counts);
    await discarded.discard();
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people } } })).toBe(0);

    // The import lock went with the discarded transaction: this one is not kept waiting.
    const prepared = await prepareImport({ source: "caremyway", path, expectedSha256: dry.sha256 });
    expect(prepared.report).toMatchObject({ outcome: "checked", counts: dry.counts, issues: dry.issues });
    const committed = await prepared.commit({ ranBy: SUPERVISOR });
    expect(committed).toMatchObject({ outcome: "committed", counts: dry.counts, peopleChanged: 2 });
    expect(await getDb().decision.count({ where: { nhsNumber: { in: people }, recordedById: "supervisor-1" } })).toBe(2);
    await expect(prepared.commit({ ranBy: SUPERVISOR })).rejects.toThrow(/already committed/);
  });

  it("refuses to commit a file that differs from the one dry-run", async () => {
    const path = writeTempFile(careMyWayFile([{ nhs: uniqueNhsNumber() }]));
    const report = await commitImport({ source: "caremyway", path, ranBy: SYSTEM, expectedSha256: "0".repeat(64) });
    expect(report.outcome).toBe("refused");
    expect(report.refusal?.code).toBe("changed-since-dry-run");
  });
});

describe("test NHS numbers (the cause of this file's occasional failure beside other files)", () => {
  it("are never given out twice in one run, even to different test files", async () => {
    const { vi } = await import("vitest");
    // Each test file gets its own copy of the factories module: load it afresh, as another file would.
    const drawn: string[] = [];
    for (let file = 0; file < 3; file++) {
      vi.resetModules();
      const factories = await import("../support/factories");
      for (let i = 0; i < 1500; i++) drawn.push(factories.uniqueNhsNumber());
    }
    // Drawn at random from the ~909,000 valid 999-range numbers, 4,500 would repeat one about ten times over.
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.every((n) => /^999\d{7}$/.test(n))).toBe(true);
  });
});
