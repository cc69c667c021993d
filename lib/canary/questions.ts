import { encodeCursor } from "../api/consent-api";
import { AppError, isAppError } from "../errors";
import type { CanaryAnswer, CanaryPerson } from "./canaries";
import type { CanaryQuestion } from "./mounts";

// Each question a record service can ask, asked the way a record service asks
// it, and the answer compared with what each canary must get. A question
// returns the problems it found (none when every answer was right); it never
// throws for a wrong or missing answer.

export type QuestionContext = {
  baseUrl: string;
  apiKey: string;
  canaries: readonly CanaryPerson[];
  /** Each canary's latest change number, for finding it in the change feed. */
  feedSeqs: ReadonlyMap<string, bigint>;
  /** The register's epoch, read with feedSeqs: feed cursors carry it (docs/decisions/020). */
  feedEpoch: string;
  fetch: typeof fetch;
  timeoutMs: number;
};

export type QuestionProblem = { nhsNumber?: string; problem: string };

const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

/** A mount that gave no usable answer: a problem to report, not a fault of the checker (an AppError, like every other). */
function unanswered(message: string): AppError {
  return new AppError({ code: "REGISTER_UNAVAILABLE", message, userMessage: message, details: { canary: "unanswered" } });
}

function isUnanswered(error: unknown): error is AppError {
  return isAppError(error) && error.details?.canary === "unanswered";
}

async function ask(context: QuestionContext, path: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await context.fetch(`${context.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${context.apiKey}`, accept: "application/json", ...init.headers },
      signal: AbortSignal.timeout(context.timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw unanswered(`unreachable: ${cause}`);
  }
  const text = await response.text().catch(() => "");
  if (response.status !== 200) throw unanswered(`answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text);
  } catch {
    throw unanswered("answered with something that is not JSON");
  }
}

function compare(expected: CanaryAnswer, actual: unknown): string | null {
  const got = (actual ?? {}) as Record<string, unknown>;
  const wrong = (Object.keys(expected) as (keyof CanaryAnswer)[]).filter((key) => got[key] !== expected[key]);
  if (wrong.length === 0) return null;
  return `wrong answer: ${wrong.map((key) => `${key} ${JSON.stringify(got[key])}, expected ${JSON.stringify(expected[key])}`).join("; ")}`;
}

/** The cursor just before a change, as lib/api/consent-api.ts hands them out (with the register's epoch). */
function cursorBefore(epoch: string, seq: bigint): string {
  return encodeCursor(epoch, seq - 1n);
}

async function single(context: QuestionContext): Promise<QuestionProblem[]> {
  const problems: QuestionProblem[] = [];
  for (const canary of context.canaries) {
    try {
      const body = await ask(context, `/api/v1/consent/${canary.nhsNumber}`);
      const problem = compare(canary.expected, body) ?? ((body as { nhsNumber?: unknown }).nhsNumber === canary.nhsNumber ? null : "answered about another NHS number");
      if (problem) problems.push({ nhsNumber: canary.nhsNumber, problem });
    } catch (error) {
      if (!isUnanswered(error)) throw error;
      problems.push({ nhsNumber: canary.nhsNumber, problem: error.message });
    }
  }
  return problems;
}

async function batch(context: QuestionContext): Promise<QuestionProblem[]> {
  let body: unknown;
  try {
    body = await ask(context, "/api/v1/consent/check", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ nhsNumbers: context.canaries.map((c) => c.nhsNumber) }),
    });
  } catch (error) {
    if (!isUnanswered(error)) throw error;
    return [{ problem: error.message }];
  }
  const results = (body as { results?: unknown[] }).results;
  if (!Array.isArray(results) || results.length !== context.canaries.length) return [{ problem: "the batch answer does not have one result per NHS number asked" }];
  return context.canaries.flatMap((canary, index) => {
    const result = results[index] as { nhsNumber?: unknown };
    const problem = result?.nhsNumber !== canary.nhsNumber ? "results out of order" : compare(canary.expected, result);
    return problem ? [{ nhsNumber: canary.nhsNumber, problem }] : [];
  });
}

async function changes(context: QuestionContext): Promise<QuestionProblem[]> {
  const problems: QuestionProblem[] = [];
  for (const canary of context.canaries) {
    const seq = context.feedSeqs.get(canary.nhsNumber);
    if (seq === undefined) {
      problems.push({ nhsNumber: canary.nhsNumber, problem: "the register has no current state for this canary" });
      continue;
    }
    try {
      const body = await ask(context, `/api/v1/consent/changes?since=${cursorBefore(context.feedEpoch, seq)}&limit=1`);
      const change = (body as { changes?: unknown[] }).changes?.[0] as { nhsNumber?: unknown } | undefined;
      const problem = change?.nhsNumber !== canary.nhsNumber ? `the feed's change ${seq} is not this canary's` : compare(canary.expected, change);
      if (problem) problems.push({ nhsNumber: canary.nhsNumber, problem });
    } catch (error) {
      if (!isUnanswered(error)) throw error;
      problems.push({ nhsNumber: canary.nhsNumber, problem: error.message });
    }
  }
  return problems;
}

async function fhir(context: QuestionContext): Promise<QuestionProblem[]> {
  const problems: QuestionProblem[] = [];
  for (const canary of context.canaries) {
    try {
      const identifier = encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${canary.nhsNumber}`);
      const bundle = (await ask(context, `/fhir/Consent?patient:identifier=${identifier}`)) as {
        resourceType?: string;
        entry?: { resource?: { patient?: { identifier?: { value?: string } }; provision?: { type?: string }; dateTime?: string } }[];
      };
      const resource = bundle.entry?.length === 1 ? bundle.entry[0]!.resource : undefined;
      const expectedType = canary.expected.shareable ? "permit" : "deny";
      const problem =
        bundle.resourceType !== "Bundle" || !resource
          ? "no single Consent resource in the Bundle"
          : resource.patient?.identifier?.value !== canary.nhsNumber
            ? "a Consent for another patient"
            : resource.provision?.type !== expectedType
              ? `wrong answer: provision ${JSON.stringify(resource.provision?.type)}, expected "${expectedType}"`
              : resource.dateTime !== canary.expected.decidedAt
                ? `wrong answer: dateTime ${JSON.stringify(resource.dateTime)}, expected "${canary.expected.decidedAt}"`
                : null;
      if (problem) problems.push({ nhsNumber: canary.nhsNumber, problem });
    } catch (error) {
      if (!isUnanswered(error)) throw error;
      problems.push({ nhsNumber: canary.nhsNumber, problem: error.message });
    }
  }
  return problems;
}

/** A snapshot of the full register takes seconds to stream, longer than one answer: its own, longer, limit. */
const SNAPSHOT_TIMEOUT_MS = 120_000;

/**
 * The snapshot export (docs/decisions/022), streamed and read line by line as a record service reads it
 * (only the canaries' lines are kept): it must be complete (header first, trailer with the right count),
 * hold each opted-out canary with its right answer, and leave out each participating one (absent means
 * participating, the default).
 */
async function snapshot(context: QuestionContext): Promise<QuestionProblem[]> {
  let response: Response;
  try {
    response = await context.fetch(`${context.baseUrl}/api/v1/consent/snapshot`, {
      headers: { authorization: `Bearer ${context.apiKey}`, accept: "application/x-ndjson", "accept-encoding": "gzip" },
      signal: AbortSignal.timeout(Math.max(context.timeoutMs, SNAPSHOT_TIMEOUT_MS)),
      redirect: "manual",
    });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return [{ problem: `unreachable: ${cause}` }];
  }
  if (response.status !== 200 || !response.body) {
    const text = await response.text().catch(() => "");
    return [{ problem: `answered HTTP ${response.status}: ${text.slice(0, 200)}` }];
  }
  const wanted = new Set(context.canaries.map((canary) => canary.nhsNumber));
  const found = new Map<string, unknown>();
  let lines = 0;
  let header: { cursor?: unknown } | undefined;
  let last: { complete?: unknown; count?: unknown } | undefined;
  let rest = "";
  try {
    const take = (line: string) => {
      const value = JSON.parse(line) as { nhsNumber?: unknown; cursor?: unknown; complete?: unknown; count?: unknown };
      if (lines === 0) header = value;
      else if (typeof value.nhsNumber === "string" && wanted.has(value.nhsNumber)) found.set(value.nhsNumber, value);
      last = value;
      lines += 1;
    };
    for await (const text of response.body.pipeThrough(new TextDecoderStream())) {
      const parts = (rest + text).split("\n");
      rest = parts.pop()!;
      for (const line of parts) take(line);
    }
    if (rest !== "") return [{ problem: "the snapshot ended part way through a line: it is incomplete" }];
  } catch (error) {
    return [{ problem: `the snapshot could not be read to its end: ${error instanceof Error ? error.message : String(error)}` }];
  }
  if (typeof header?.cursor !== "string") return [{ problem: "the snapshot does not start with its header (the feed cursor)" }];
  if (last?.complete !== true || last.count !== lines - 2) return [{ problem: "the snapshot has no complete line with the right count: it is incomplete" }];
  return context.canaries.flatMap((canary) => {
    const line = found.get(canary.nhsNumber);
    const problem = canary.expected.shareable
      ? line === undefined
        ? null
        : `wrong answer: in the snapshot as ${JSON.stringify((line as { status?: unknown }).status)}, expected absent (participating)`
      : line === undefined
        ? `wrong answer: not in the snapshot (participating), expected "${canary.expected.status}"`
        : compare(canary.expected, line);
    return problem ? [{ nhsNumber: canary.nhsNumber, problem }] : [];
  });
}

export const ASK: Readonly<Record<CanaryQuestion, (context: QuestionContext) => Promise<QuestionProblem[]>>> = { single, batch, changes, fhir, snapshot };
