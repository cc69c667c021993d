// A record service checking consent on the dedicated API server with its own
// API key: single checks (GET /api/v1/consent/{nhs}) and batch checks
// (POST /api/v1/consent/check), as fast as the answers come. Each answer is
// held against what the residents know: once a resident has seen the site
// confirm an opt-out, a check that starts after that must say "opted-out";
// a number nobody opted out must say "participating".
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";

import { isTimeout, networkCode } from "./browser";
import type { Stats } from "./stats";

type Answer = { nhsNumber: string; status: string; shareable: boolean };

/** What the residents have done so far, and the numbers the record services ask about. */
export class ConsentExpectations {
  private readonly confirmedAt = new Map<string, number>();
  private readonly confirmed: string[] = [];
  private readonly started: string[] = [];
  private readonly nobody: string[] = [];
  private readonly nobodySet = new Set<string>();
  readonly violations: string[] = [];
  wrongAnswers = 0;

  /** Numbers no resident uses: from 999 500 000 0 up, far above the residents' range. */
  constructor(nobodyCount = 5_000) {
    for (let candidate = 5_000_000; this.nobody.length < nobodyCount; candidate++) {
      const nhsNumber = `999${String(candidate).padStart(7, "0")}`;
      if (isValidNhsNumber(nhsNumber)) {
        this.nobody.push(nhsNumber);
        this.nobodySet.add(nhsNumber);
      }
    }
  }

  /** A resident has started a journey with this number (its answer may change at any moment). */
  noteStarted(nhsNumber: string): void {
    this.started.push(nhsNumber);
  }

  /** The site has confirmed this opt-out to the resident: it is committed. */
  confirm(nhsNumber: string, at: number): void {
    if (this.confirmedAt.has(nhsNumber)) return;
    this.confirmedAt.set(nhsNumber, at);
    this.confirmed.push(nhsNumber);
  }

  confirmedCount(): number {
    return this.confirmed.length;
  }

  /** Half opted-out people (when there are some), a quarter nobody, a quarter people part-way through. */
  pick(): string {
    const r = Math.random();
    const from = (list: string[]) => list[Math.floor(Math.random() * list.length)]!;
    if (r < 0.5 && this.confirmed.length) return from(this.confirmed);
    if (r < 0.75 || !this.started.length) return from(this.nobody);
    return from(this.started);
  }

  /** Holds one answer against what was known when the check started. */
  check(answer: Answer, checkStartedAt: number): void {
    const confirmedAt = this.confirmedAt.get(answer.nhsNumber);
    const isOptedOut = answer.status === "opted-out" && answer.shareable === false;
    const isParticipating = answer.status === "participating" && answer.shareable === true;
    if (confirmedAt !== undefined && confirmedAt < checkStartedAt && !isOptedOut) {
      this.wrongAnswers++;
      if (this.violations.length < 20) this.violations.push(`${answer.nhsNumber} answered ${answer.status} ${Math.round(checkStartedAt - confirmedAt)} ms after the site confirmed the opt-out`);
    } else if (this.nobodySet.has(answer.nhsNumber) && !isParticipating) {
      this.wrongAnswers++;
      if (this.violations.length < 20) this.violations.push(`${answer.nhsNumber}, whom nobody opted out, answered ${answer.status}`);
    }
  }
}

export type RecordServiceOptions = {
  apiOrigin: string;
  apiKey: string;
  stats: Stats;
  expectations: ConsentExpectations;
  timeoutMs: number;
  batchSize: number;
  /** The share of requests that are batches. */
  batchShare: number;
  shouldStop: () => boolean;
};

async function call(options: RecordServiceOptions, label: string, path: string, init: RequestInit): Promise<unknown> {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${options.apiOrigin}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${options.apiKey}`, accept: "application/json", ...(init.headers as Record<string, string> | undefined) },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    options.stats.error(label, isTimeout(error) ? `timeout (${options.timeoutMs / 1000} s)` : `network error (${networkCode(error)})`);
    return undefined;
  }
  if (response.status !== 200) {
    options.stats.error(label, `HTTP ${response.status}`);
    return undefined;
  }
  options.stats.latency(label, performance.now() - started);
  return JSON.parse(text) as unknown;
}

/** After a failed request, a moment before the next: a failing server is not hammered in a tight loop. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Runs one record service's checks until told to stop. */
export async function runRecordService(options: RecordServiceOptions): Promise<void> {
  const { expectations, stats } = options;
  while (!options.shouldStop()) {
    const startedAt = performance.now();
    if (Math.random() < options.batchShare) {
      const asked = Array.from({ length: options.batchSize }, () => expectations.pick());
      const body = (await call(options, "API batch check", "/api/v1/consent/check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ nhsNumbers: asked }),
      })) as { results?: Answer[] } | undefined;
      if (!body) {
        await pause();
        continue;
      }
      if (!Array.isArray(body.results) || body.results.length !== asked.length || body.results.some((r, i) => r.nhsNumber !== asked[i])) {
        stats.error("API batch check", "answers do not match the numbers asked");
        continue;
      }
      for (const answer of body.results) expectations.check(answer, startedAt);
      stats.count("numbers checked in batches", asked.length);
    } else {
      const asked = expectations.pick();
      const answer = (await call(options, "API single check", `/api/v1/consent/${asked}`, { method: "GET" })) as Answer | undefined;
      if (!answer) {
        await pause();
        continue;
      }
      if (answer.nhsNumber !== asked) {
        stats.error("API single check", "answer for another number");
        continue;
      }
      expectations.check(answer, startedAt);
      stats.count("numbers checked singly");
    }
  }
}
