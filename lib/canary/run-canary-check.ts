import { getDb } from "../db";
import { CANARY_PEOPLE, type CanaryPerson } from "./canaries";
import { CANARY_QUESTIONS, type CanaryQuestion, type CanaryServer } from "./mounts";
import { ASK, type QuestionProblem } from "./questions";

// One pass of the canary check: every question, of every server, about every
// canary. Fails on any wrong answer and on any server or question that could
// not be asked: silence is never taken for a right answer.

export type CanaryFailure = { server: string; question: CanaryQuestion | "register"; nhsNumber?: string; canary?: string; problem: string };

export type CanaryReport = {
  status: "passing" | "failing";
  checkedAt: string;
  durationMs: number;
  /** Questions asked: one per canary, server and question. */
  checks: number;
  servers: string[];
  failures: CanaryFailure[];
};

const DEFAULT_TIMEOUT_MS = 5_000;

/** Each canary's latest change number, read from the register's projection, and the register's epoch. */
async function readFeedSeqs(canaries: readonly CanaryPerson[]): Promise<{ seqs: Map<string, bigint>; epoch: string }> {
  const [rows, epoch] = await Promise.all([
    getDb().personConsent.findMany({
      where: { nhsNumber: { in: canaries.map((c) => c.nhsNumber) } },
      select: { nhsNumber: true, seq: true },
    }),
    getDb().registerEpoch.findUnique({ where: { id: 1 }, select: { epoch: true } }),
  ]);
  if (!epoch) throw new Error("the register has no epoch row: are the migrations applied?");
  return { seqs: new Map(rows.map((row) => [row.nhsNumber, row.seq])), epoch: epoch.epoch };
}

export async function runCanaryCheck(options: {
  servers: readonly CanaryServer[];
  apiKey: string;
  canaries?: readonly CanaryPerson[];
  questions?: readonly CanaryQuestion[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<CanaryReport> {
  const started = performance.now();
  const canaries = options.canaries ?? CANARY_PEOPLE;
  const questions = options.questions ?? CANARY_QUESTIONS;
  const failures: CanaryFailure[] = [];
  let feedSeqs = new Map<string, bigint>();
  let feedEpoch = "";
  try {
    ({ seqs: feedSeqs, epoch: feedEpoch } = await readFeedSeqs(canaries));
  } catch (error) {
    failures.push({ server: "register", question: "register", problem: `could not read the canaries' change numbers: ${error instanceof Error ? error.message : String(error)}` });
  }
  const label = new Map(canaries.map((c) => [c.nhsNumber, c.label]));
  await Promise.all(
    options.servers.flatMap((server) =>
      questions.map(async (question) => {
        const problems = await ASK[question]({
          baseUrl: server.baseUrl,
          apiKey: options.apiKey,
          canaries,
          feedSeqs,
          feedEpoch,
          fetch: options.fetch ?? fetch,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        }).catch((error: unknown): QuestionProblem[] => [{ problem: `the check itself failed: ${error instanceof Error ? error.message : String(error)}` }]);
        for (const p of problems) failures.push({ server: server.name, question, ...p, canary: p.nhsNumber ? label.get(p.nhsNumber) : undefined });
      }),
    ),
  );
  return {
    status: failures.length ? "failing" : "passing",
    checkedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks: canaries.length * options.servers.length * questions.length,
    servers: options.servers.map((s) => s.name),
    failures,
  };
}
