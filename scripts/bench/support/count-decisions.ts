// After the load: COUNT what the database holds and compare it with what the
// residents were shown. Every reference a confirmation page showed must be
// one decision, for that resident's NHS number, opting out; no resident may
// have two decisions; and the register's current state must say opted out.
import pg from "pg";

import { CANARY_NHS_NUMBER_PREFIX } from "@/lib/canary/canaries";

import type { JourneyOutcome } from "./resident";

export type DecisionCount = {
  /** Journeys whose confirmation page showed a reference. */
  submitted: number;
  /** Of those, references found as exactly one matching decision. */
  found: number;
  lost: string[];
  /** NHS numbers or journeys with more than one decision, or a reference shown to two residents. */
  duplicated: string[];
  /** Decisions in the database that no resident of this run made (the canary people's are left out). */
  unexpected: number;
  /** Submissions sent whose confirmation the resident never saw, and how many of those were recorded all the same. */
  unconfirmed: number;
  unconfirmedRecorded: number;
  decisionsInDatabase: number;
  submissionsInDatabase: number;
  /** Submitted people whose current state (person_consent) is OPTED_OUT. */
  optedOutInRegister: number;
};

type Row = { reference: string; nhs_number: string | null; choice: string; source_reference: string | null; journey_id: string | null };

export async function countDecisions(databaseUrl: string, outcomes: readonly JourneyOutcome[]): Promise<DecisionCount> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The canary people's decisions are made by a migration in every database (lib/canary): not residents, not counted.
    const { rows } = await client.query<Row>(
      `SELECT d.reference, d.nhs_number, d.choice, d.source_reference, s.journey_id::text AS journey_id
         FROM decision d LEFT JOIN choice_submission s ON s.decision_id = d.id
        WHERE d.nhs_number IS NULL OR d.nhs_number NOT LIKE $1 || '%'`,
      [CANARY_NHS_NUMBER_PREFIX],
    );
    const submissions = await client.query<{ count: string }>("SELECT count(*) FROM choice_submission");
    const submitted = outcomes.filter((o) => o.reference);
    const optedOut = await client.query<{ count: string }>(
      "SELECT count(*) FROM person_consent WHERE nhs_number = ANY($1::varchar[]) AND status = 'OPTED_OUT'",
      [submitted.map((o) => o.identity.nhsNumber)],
    );

    const byReference = new Map<string, Row[]>();
    const byNhsNumber = new Map<string, Row[]>();
    const bySource = new Map<string, number>();
    for (const row of rows) {
      byReference.set(row.reference, [...(byReference.get(row.reference) ?? []), row]);
      if (row.nhs_number) byNhsNumber.set(row.nhs_number, [...(byNhsNumber.get(row.nhs_number) ?? []), row]);
      if (row.source_reference) bySource.set(row.source_reference, (bySource.get(row.source_reference) ?? 0) + 1);
    }

    const lost: string[] = [];
    const duplicated: string[] = [];
    let found = 0;
    const shownReferences = new Map<string, number>();
    for (const outcome of submitted) {
      const reference = outcome.reference!;
      shownReferences.set(reference, (shownReferences.get(reference) ?? 0) + 1);
      const matches = (byReference.get(reference) ?? []).filter((row) => row.nhs_number === outcome.identity.nhsNumber && row.choice === "OPT_OUT");
      if (matches.length === 1) found++;
      else lost.push(`${reference} (NHS number ${outcome.identity.nhsNumber})`);
    }
    for (const [reference, count] of shownReferences) if (count > 1) duplicated.push(`reference ${reference} was shown to ${count} residents`);
    const ours = new Set(outcomes.map((o) => o.identity.nhsNumber));
    for (const [nhsNumber, list] of byNhsNumber) if (ours.has(nhsNumber) && list.length > 1) duplicated.push(`NHS number ${nhsNumber} has ${list.length} decisions`);
    for (const [source, count] of bySource) if (count > 1) duplicated.push(`${source} has ${count} decisions`);

    const unconfirmed = outcomes.filter((o) => o.submitSentAt !== undefined && !o.reference);
    return {
      submitted: submitted.length,
      found,
      lost,
      duplicated,
      unexpected: rows.filter((row) => !row.nhs_number || !ours.has(row.nhs_number)).length,
      unconfirmed: unconfirmed.length,
      unconfirmedRecorded: unconfirmed.filter((o) => byNhsNumber.has(o.identity.nhsNumber)).length,
      decisionsInDatabase: rows.length,
      submissionsInDatabase: Number(submissions.rows[0]!.count),
      optedOutInRegister: Number(optedOut.rows[0]!.count),
    };
  } finally {
    await client.end();
  }
}

/** Waits until the outbox has sent everything queued (or the time is up); returns how many are still waiting. */
export async function waitForOutbox(databaseUrl: string, timeoutMs: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM email_outbox WHERE status = 'PENDING'");
      const pending = Number(rows[0]!.count);
      if (pending === 0 || Date.now() > deadline) return pending;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

export type OutboxDelay = { sent: number; p50Ms: number; p95Ms: number; maxMs: number };

/** How long sent emails waited in the outbox between being queued (in the change's transaction) and handed to SMTP. */
export async function outboxDelay(databaseUrl: string): Promise<OutboxDelay> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ sent: string; p50: number | null; p95: number | null; max: number | null }>(`
      SELECT count(*) AS sent,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)) * 1000 AS p50,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)) * 1000 AS p95,
             max(extract(epoch FROM sent_at - created_at)) * 1000 AS max
        FROM email_outbox WHERE status = 'SENT'`);
    const row = rows[0]!;
    return { sent: Number(row.sent), p50Ms: Number(row.p50 ?? 0), p95Ms: Number(row.p95 ?? 0), maxMs: Number(row.max ?? 0) };
  } finally {
    await client.end();
  }
}
