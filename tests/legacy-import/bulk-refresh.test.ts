import { randomInt } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { refreshPeopleInBulk } from "@/lib/consent/refresh-people-in-bulk";
import { selectCurrentDecision } from "@/lib/consent/select-current-decision";
import { getDb } from "@/lib/db";
import { commitImport } from "@/lib/legacy-import/commit-import";
import type { ImportProgress } from "@/lib/legacy-import/types";
import { decisionDetails, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";
import { careMyWayFile, type CareMyWayRow, writeTempFile } from "./support";

// The bulk path must leave person_consent and the change feed exactly as the
// one-person-at-a-time path would: checked here against the pure rule
// (selectCurrentDecision) for every person, and against online writers
// running at the same time as an import.

const SYSTEM = { kind: "SYSTEM", id: "import-test" } as const;

/** Checks every person's state against the pure rule over everything stored, in a few queries. */
async function expectAllConsistent(nhsNumbers: readonly string[]) {
  const db = getDb();
  const latest = { orderBy: { id: "desc" as const }, take: 1, select: { status: true } };
  const decisions = await db.decision.findMany({
    where: { nhsNumber: { in: [...nhsNumbers] } },
    select: {
      id: true, nhsNumber: true, reference: true, choice: true, decidedAt: true,
      statusEvents: latest, corrections: { select: { statusEvents: latest } },
    },
  });
  const states = await db.personConsent.findMany({ where: { nhsNumber: { in: [...nhsNumbers] } }, select: { nhsNumber: true, decisionId: true, status: true, seq: true } });
  const lastChanges = await db.consentChange.findMany({
    where: { nhsNumber: { in: [...nhsNumbers] } },
    orderBy: { seq: "desc" },
    distinct: ["nhsNumber"],
    select: { nhsNumber: true, seq: true, decisionId: true },
  });
  for (const nhsNumber of nhsNumbers) {
    const expected = selectCurrentDecision(
      decisions
        .filter((d) => d.nhsNumber === nhsNumber)
        .map((d) => ({ ...d, status: d.statusEvents[0]!.status, isCorrected: d.corrections.some((c) => c.statusEvents[0]!.status === "EFFECTIVE") })),
    );
    const state = states.find((s) => s.nhsNumber === nhsNumber);
    expect(state?.decisionId ?? null, nhsNumber).toBe(expected?.id ?? null);
    expect(state?.status ?? "PARTICIPATING", nhsNumber).toBe(expected?.choice === "OPT_OUT" ? "OPTED_OUT" : "PARTICIPATING");
    const last = lastChanges.find((c) => c.nhsNumber === nhsNumber);
    expect(last?.seq ?? null, nhsNumber).toBe(state?.seq ?? null);
    expect(last?.decisionId ?? null, nhsNumber).toBe(state?.decisionId ?? null);
  }
}

/** The change feed has no gaps and no repeats. */
async function expectFeedGapless() {
  const [row] = await getDb().$queryRaw<{ n: bigint; low: bigint; high: bigint }[]>`
    SELECT count(*) AS n, min(seq) AS low, max(seq) AS high FROM consent_change`;
  expect(row!.high - row!.low + 1n).toBe(row!.n);
  const [counter] = await getDb().$queryRaw<{ last_seq: bigint }[]>`SELECT last_seq FROM consent_change_counter`;
  expect(counter!.last_seq).toBe(row!.high);
}

const ukDate = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, "0")}:00`;

describe("bulk state refresh", () => {
  it("agrees with selectCurrentDecision for every person, over online history, withdrawals, corrections and ties", async () => {
    const people = Array.from({ length: 30 }, () => uniqueNhsNumber());
    // A January instant, when UK time is UTC, so file times and online times can tie exactly.
    const T = (days: number) => new Date(Date.UTC(2020, 0, 10 + days, 10));
    for (const [i, nhsNumber] of people.entries()) {
      if (i % 3 === 0) continue; // some people have no online history
      const first = await recordDecision({
        details: decisionDetails({ nhsNumber, channel: "PAPER", choice: i % 2 ? "OPT_OUT" : "OPT_IN", decidedAt: T(i % 5), contactEmail: undefined }),
        initialStatus: "EFFECTIVE",
        recordedBy: STAFF,
      });
      if (i % 4 === 1) await changeDecisionStatus({ decisionId: first.id, status: "WITHDRAWN", reason: "Test withdrawal", by: STAFF });
      if (i % 7 === 2 && i % 4 !== 1) {
        await recordDecision({
          details: decisionDetails({ nhsNumber, channel: "PAPER", choice: "OPT_OUT", decidedAt: T(1), contactEmail: undefined }),
          initialStatus: "EFFECTIVE",
          recordedBy: STAFF,
          correctsId: first.id,
        });
      }
    }
    const rows: CareMyWayRow[] = [];
    for (const [i, nhsNumber] of people.entries()) {
      for (let k = 0; k <= i % 3; k++) {
        rows.push({ nhs: nhsNumber, code: (i + k) % 2 ? "93C1." : "93C0.", event: ukDate(T(((i + k) * 3) % 6)) });
      }
    }
    const report = await commitImport({ source: "caremyway", path: writeTempFile(careMyWayFile(rows)), ranBy: SYSTEM });
    expect(report.outcome).toBe("committed");
    expect(report.counts.superseded).toBeGreaterThan(0);
    await expectAllConsistent(people);
    await expectFeedGapless();

    // Run over people whose state is already right, the bulk path changes nothing.
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("CREATE TEMP TABLE people_to_refresh (nhs_number varchar(10)) ON COMMIT DROP");
      await client.query("INSERT INTO people_to_refresh SELECT unnest($1::text[])", [people]);
      expect(await refreshPeopleInBulk(client, { peopleTable: "people_to_refresh" })).toMatchObject({ changes: 0, firstSeq: null, lastSeq: null });
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });

  it("runs beside online writers without deadlock, leaving every person and the feed consistent", async () => {
    const people = Array.from({ length: 600 }, () => uniqueNhsNumber());
    const rows: CareMyWayRow[] = [];
    for (const [i, nhsNumber] of people.entries()) {
      rows.push({ nhs: nhsNumber, code: "93C1.", event: `0${1 + (i % 9)}/02/2015 09:00` });
      if (i % 2) rows.push({ nhs: nhsNumber, code: "93C0.", event: `0${1 + (i % 9)}/03/2016 09:00` });
    }
    // Some people already have online decisions that the import will meet.
    const earlier = await Promise.all(
      people.slice(0, 20).map((nhsNumber) =>
        recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: new Date("2015-06-01T12:00:00Z") }), recordedBy: RESIDENT }),
      ),
    );

    // Online writers in a few lanes, each one decision after another (fewer
    // than the connection pool holds, so none waits for a connection).
    const online: Promise<unknown>[] = [];
    const touched = new Set<string>();
    const writeOnline = (count: number) => {
      for (let lane = 0; lane < 3; lane++) {
        online.push(
          (async () => {
            for (let i = lane; i < count; i += 3) {
              const nhsNumber = i % 4 === 3 ? uniqueNhsNumber() : people[randomInt(people.length)]!;
              touched.add(nhsNumber);
              await recordDecision({
                details: decisionDetails({ nhsNumber, choice: i % 2 ? "OPT_OUT" : "OPT_IN", decidedAt: new Date(Date.UTC(2014 + (i % 6), 5, 1)) }),
                recordedBy: RESIDENT,
              });
            }
          })(),
        );
      }
      const target = earlier[count % earlier.length]!;
      online.push(changeDecisionStatus({ decisionId: target.id, status: "WITHDRAWN", reason: "Evidence rejected", by: STAFF }).catch(() => undefined));
    };
    const seen = new Set<ImportProgress["phase"]>();
    const report = await commitImport({
      source: "caremyway",
      path: writeTempFile(careMyWayFile(rows)),
      ranBy: SYSTEM,
      onProgress: (progress) => {
        // Online decisions arrive while the file is read, while it is written and while people are updated.
        if (seen.has(progress.phase)) return;
        seen.add(progress.phase);
        writeOnline(progress.phase === "reading" ? 9 : 15);
      },
    });
    await Promise.all(online);
    expect(report.outcome).toBe("committed");
    expect(seen).toEqual(new Set(["reading", "checking", "writing", "updating-people"]));
    await expectAllConsistent([...new Set([...people, ...touched])]);
    await expectFeedGapless();
  });
});
