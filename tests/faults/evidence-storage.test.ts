import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findJourney } from "@/lib/choice/journey-store";
import { saveStep } from "@/lib/choice/save-step";
import { submitChoice } from "@/lib/choice/submit-choice";
import { journeyPath } from "@/lib/choice/steps";
import { acquireEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { disconnectDb, getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { readyJourney, selfAnswers } from "../choice/support";
import { scratchFolder, startScratchDatabase, stopScratchDatabase } from "../support/scratch-server";

// Evidence files are kept in PostgreSQL (choice_journey.evidence_content until
// the choice is sent, then decision_evidence.content), so the storage failures
// that matter are the database's: its disk full, or the database gone in the
// middle of an upload. Either way the resident's step fails as a whole (the
// page then says "Sorry, there is a problem with the service": the server
// action turns any failure of saveStep into that message) and nothing is
// recorded: no decision, no evidence row, no email; the resident can try again.

const scratch = scratchFolder("evidence-storage");
const T0 = new Date("2026-08-01T10:00:00Z");

/** A real disk that fills up: a 1 MB tmpfs, which needs the right to mount (root with CAP_SYS_ADMIN, as on these machines). */
const tinyDisk = (() => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "evidence-full-"));
  try {
    const uid = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=1m,uid=${uid},gid=${gid},mode=0700`, "tmpfs", folder], { stdio: "ignore" });
    afterAll(() => {
      execFileSync("umount", ["-l", folder]);
      rmSync(folder, { recursive: true, force: true });
    });
    return folder;
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
})();

let started: Awaited<ReturnType<typeof startScratchDatabase>>;
const servers: EmbeddedServer[] = [];
let admin: pg.Client | undefined;

beforeAll(async () => {
  started = await startScratchDatabase(scratch, "evidence", 54397);
  servers.push(started.server);
  await disconnectDb();
  setEnvVariable("DATABASE_URL", started.url);
});

afterAll(async () => {
  await admin?.end().catch(() => undefined);
  await disconnectDb();
  if (tinyDisk) {
    // The tablespace must go before its disk does.
    const client = new pg.Client({ connectionString: started.url });
    await client.connect();
    await client.query("ALTER TABLE choice_journey SET TABLESPACE pg_default").catch(() => undefined);
    await client.query("ALTER TABLE decision_evidence SET TABLESPACE pg_default").catch(() => undefined);
    await client.query("DROP TABLESPACE IF EXISTS tiny_disk").catch(() => undefined);
    await client.end();
  }
  for (const server of servers.reverse()) await server.release();
});

/** A PDF of the given size that does not compress (PostgreSQL compresses large values). */
function pdf(bytes: number): File {
  const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(bytes - 9)]);
  return new File([content], "power-of-attorney.pdf", { type: "application/pdf" });
}

function evidenceForm(file: File): FormData {
  const form = new FormData();
  form.set("evidenceMethod", "UPLOAD");
  form.set("evidenceFile", file);
  return form;
}

async function uploadEvidence(token: string, file: File) {
  const journey = (await findJourney({ journey: "opt-out", token }))!;
  return saveStep({ journeySlug: "opt-out", journey, step: "evidence", formData: evidenceForm(file), isChange: true, clientAddress: "127.0.0.1" });
}

async function submit(token: string) {
  const journey = (await findJourney({ journey: "opt-out", token }))!;
  return submitChoice({ journey, now: T0 });
}

/** A proxy's journey, every question answered and the email proved, with a small file uploaded. */
async function proxyJourney() {
  const answers = selfAnswers({ madeBy: "ATTORNEY", proxyName: "Pat Proxy", proxyRelationship: "Daughter", evidenceMethod: "UPLOAD" });
  const { token, journey } = await readyJourney({
    answers,
    evidenceFile: { content: Buffer.from("%PDF-1.7\nsmall"), mediaType: "application/pdf", fileName: "first.pdf" },
  });
  return { answers, token, journey };
}

/** What the register holds about this journey and person. */
async function recorded(nhsNumber: string, journeyId: string) {
  const db = getDb();
  const decisions = await db.decision.findMany({ where: { nhsNumber }, select: { id: true } });
  return {
    decisions: decisions.length,
    evidence: await db.decisionEvidence.count({ where: { decisionId: { in: decisions.map((d) => d.id) } } }),
    audit: await db.auditEvent.count({ where: { nhsNumber } }),
    confirmations: await db.emailOutbox.count({ where: { idempotencyKey: { startsWith: "decision-confirmation:" }, toAddress: (await db.choiceJourney.findUniqueOrThrow({ where: { id: journeyId }, select: { verifiedEmail: true } })).verifiedEmail! } }),
    submissions: await db.choiceSubmission.count({ where: { journeyId } }),
    personConsent: await db.personConsent.count({ where: { nhsNumber } }),
  };
}

const NOTHING = { decisions: 0, evidence: 0, audit: 0, confirmations: 0, submissions: 0, personConsent: 0 };

async function journeyFile(journeyId: string) {
  const row = await getDb().choiceJourney.findUniqueOrThrow({ where: { id: journeyId }, select: { evidenceFileName: true, evidenceContent: true } });
  return { fileName: row.evidenceFileName, size: row.evidenceContent?.length ?? null };
}

describe.runIf(tinyDisk)("evidence upload when the database's disk is full", () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: started.url });
    // The last test stops the server under this idle connection.
    admin.on("error", () => undefined);
    await admin.connect();
    await admin.query(`CREATE TABLESPACE tiny_disk LOCATION '${tinyDisk}'`);
  });

  it("refuses the upload as a whole and keeps the journey as it was", async () => {
    const { answers, token, journey } = await proxyJourney();
    await admin!.query("ALTER TABLE choice_journey SET TABLESPACE tiny_disk");
    try {
      await expect(uploadEvidence(token, pdf(3 * 1024 * 1024))).rejects.toThrow(/No space left on device|could not extend file/i);
    } finally {
      await admin!.query("ALTER TABLE choice_journey SET TABLESPACE pg_default");
    }
    // The earlier file is still the journey's; nothing else happened.
    expect(await journeyFile(journey.id)).toEqual({ fileName: "first.pdf", size: 14 });
    expect(await recorded(answers.nhsNumber!, journey.id)).toEqual(NOTHING);

    // With space again, the same upload works.
    await expect(uploadEvidence(token, pdf(3 * 1024 * 1024))).resolves.toEqual({ ok: true, redirectTo: journeyPath("opt-out", "check-answers") });
    expect(await journeyFile(journey.id)).toEqual({ fileName: "power-of-attorney.pdf", size: 3 * 1024 * 1024 });
  });

  it("records nothing when the evidence cannot be written as the choice is sent: no decision, no evidence, no email", async () => {
    const { answers, token, journey } = await proxyJourney();
    await expect(uploadEvidence(token, pdf(2 * 1024 * 1024))).resolves.toMatchObject({ ok: true });
    await admin!.query("ALTER TABLE decision_evidence SET TABLESPACE tiny_disk");
    try {
      await expect(submit(token)).rejects.toThrow(/No space left on device|could not extend file/i);
    } finally {
      await admin!.query("ALTER TABLE decision_evidence SET TABLESPACE pg_default");
    }
    expect(await recorded(answers.nhsNumber!, journey.id)).toEqual(NOTHING);
    // The file is still with the journey, so trying again sends it.
    expect(await journeyFile(journey.id)).toEqual({ fileName: "power-of-attorney.pdf", size: 2 * 1024 * 1024 });

    const retried = await submit(token);
    expect(retried).toMatchObject({ ok: true, status: "EFFECTIVE", isRepeat: false });
    expect(await recorded(answers.nhsNumber!, journey.id)).toMatchObject({ decisions: 1, evidence: 1, confirmations: 1, submissions: 1, personConsent: 1 });
    const decision = await getDb().decision.findFirstOrThrow({ where: { nhsNumber: answers.nhsNumber! }, select: { id: true } });
    const stored = await getDb().decisionEvidence.findFirstOrThrow({ where: { decisionId: decision.id }, select: { sizeBytes: true, fileName: true } });
    expect(stored).toEqual({ sizeBytes: 2 * 1024 * 1024, fileName: "power-of-attorney.pdf" });
  });
});

describe("evidence upload when the database goes away", () => {
  it("fails the upload and the sending while it is down, records nothing, and both work once it is back", async () => {
    const { answers, token, journey } = await proxyJourney();
    const journeyBefore = await journeyFile(journey.id);

    await stopScratchDatabase(started.server.dataDir, "immediate");
    try {
      await expect(uploadEvidence(token, pdf(512 * 1024))).rejects.toThrow();
    } finally {
      servers.push(await acquireEmbeddedServer({ ...started.options, preferredPort: started.server.port }));
    }
    expect(await journeyFile(journey.id)).toEqual(journeyBefore);

    // Stopped while the choice is being sent (the evidence is read and copied inside its transaction).
    await expect(uploadEvidence(token, pdf(4 * 1024 * 1024))).resolves.toMatchObject({ ok: true });
    const sending = submit(token).then(
      () => "recorded" as const,
      () => "failed" as const,
    );
    await stopScratchDatabase(started.server.dataDir, "fast");
    const outcome = await sending;
    servers.push(await acquireEmbeddedServer({ ...started.options, preferredPort: started.server.port }));
    const after = await recorded(answers.nhsNumber!, journey.id);
    if (outcome === "failed") {
      // Whole or nothing: a commit that beat the stop is the only way anything is there.
      expect([NOTHING, { decisions: 1, evidence: 1, audit: 1, confirmations: 1, submissions: 1, personConsent: 1 }]).toContainEqual(after);
    } else {
      expect(after).toEqual({ decisions: 1, evidence: 1, audit: 1, confirmations: 1, submissions: 1, personConsent: 1 });
    }
    // Sending again settles it: one decision, one evidence row, one email, whatever happened before.
    const retried = await submit(token);
    expect(retried).toMatchObject({ ok: true });
    expect(await recorded(answers.nhsNumber!, journey.id)).toEqual({ decisions: 1, evidence: 1, audit: 1, confirmations: 1, submissions: 1, personConsent: 1 });
  });
});
