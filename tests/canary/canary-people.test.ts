import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { CANARY_NHS_NUMBERS, CANARY_PEOPLE } from "@/lib/canary/canaries";
import { refreshPersonConsent } from "@/lib/consent/refresh-person-consent";
import { getDb } from "@/lib/db";
import { generateTestNhsNumber } from "@/lib/nhs-number/nhs-number";
import { listReviewQueue } from "@/lib/review/list-review-queue";

// The canary people are written by a hand-written data migration
// (20261206030000_canary_people). These tests hold it to what the register's
// own code would have written.

const SOURCE_BY_CHANNEL: Record<string, string> = {
  ONLINE: "online", PAPER: "paper", PHONE: "phone", CAREMYWAY_IMPORT: "caremyway-import", CIDR_IMPORT: "cidr-import",
};

describe("canary people (migration)", () => {
  it("gives every canary the current state its definition expects", async () => {
    const rows = await getDb().personConsent.findMany({
      where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] } },
      select: { nhsNumber: true, status: true, decidedAt: true, channel: true },
    });
    expect(rows).toHaveLength(CANARY_PEOPLE.length);
    for (const canary of CANARY_PEOPLE) {
      const row = rows.find((r) => r.nhsNumber === canary.nhsNumber)!;
      expect(row.status === "OPTED_OUT" ? "opted-out" : "participating", canary.label).toBe(canary.expected.status);
      expect(row.decidedAt?.toISOString(), canary.label).toBe(canary.expected.decidedAt);
      expect(SOURCE_BY_CHANNEL[row.channel!], canary.label).toBe(canary.expected.source);
    }
  });

  it("left the projection exactly as refreshPersonConsent computes it from the decisions", async () => {
    // Recomputing from every stored decision with the register's own rule finds nothing to change.
    const changes = await getDb().$transaction((tx) => refreshPersonConsent(tx, [...CANARY_NHS_NUMBERS]));
    expect(changes).toEqual([]);
  });

  it("numbered the canaries' changes from the counter, in order, and the projection points at the latest", async () => {
    const changes = await getDb().consentChange.findMany({
      where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] } },
      orderBy: { seq: "asc" },
      select: { seq: true, nhsNumber: true, status: true },
    });
    expect(changes.map((c) => [c.nhsNumber, c.status])).toEqual([
      ["9999999905", "OPTED_OUT"],
      ["9999999913", "OPTED_OUT"],
      ["9999999913", "PARTICIPATING"],
      ["9999999921", "OPTED_OUT"],
      ["9999999948", "OPTED_OUT"],
    ]);
    // Consecutive numbers, none above the counter.
    expect(changes.map((c) => c.seq - changes[0]!.seq)).toEqual([0n, 1n, 2n, 3n, 4n]);
    const [counter] = await getDb().$queryRaw<{ last_seq: bigint }[]>`SELECT last_seq FROM consent_change_counter`;
    expect(counter!.last_seq >= changes.at(-1)!.seq).toBe(true);
    const projection = await getDb().personConsent.findUniqueOrThrow({ where: { nhsNumber: "9999999913" }, select: { seq: true } });
    expect(projection.seq).toBe(changes[2]!.seq);
  });

  it("keeps the proxy canary off the staff review queue, and the audit chain intact", async () => {
    const queue = await listReviewQueue({ limit: 100_000 });
    expect(queue.filter((item) => item.nhsNumber && CANARY_NHS_NUMBERS.includes(item.nhsNumber))).toEqual([]);
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      expect((await verifyAuditChain(client)).broken).toBeNull();
    } finally {
      await client.end();
    }
    const audited = await getDb().auditEvent.count({ where: { nhsNumber: { in: [...CANARY_NHS_NUMBERS] }, actorId: "canary-migration" } });
    expect(audited).toBe(6);
  });

  it("never hands out a canary's NHS number as a test number", () => {
    // A generator that first offers the canary range must move past it.
    const draws = [0.9999995, 0.9999905, 0.5];
    const number = generateTestNhsNumber(() => draws.shift()!);
    expect(number.startsWith("99999999")).toBe(false);
    expect(number.startsWith("999500000")).toBe(true);
  });
});
