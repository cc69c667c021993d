import { createHash, randomBytes } from "node:crypto";

import type { JourneySlug } from "../content/choice";
import { getDb } from "../db";
import type { JourneyAnswers } from "./journey-answers";

// Journey state lives in the database, keyed by the SHA-256 of a random token
// that only the resident's HttpOnly cookie holds: nothing personal is in the
// URL or the cookie, and a stolen database row cannot be turned into a cookie.

export const JOURNEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const JOURNEY_COOKIE: Record<JourneySlug, string> = { "opt-out": "choice_opt_out", "opt-in": "choice_opt_in" };

/**
 * The journey cookie's path: the whole site, because a journey's pages are at /choice/... in English and
 * behind a language prefix in every other language (/bn/choice/...), and a resident may change language
 * part way through (the header's language links) without losing their answers. It is HttpOnly and holds
 * only a random token.
 */
export const JOURNEY_COOKIE_PATH = "/";

const KIND: Record<JourneySlug, "OPT_OUT" | "OPT_IN"> = { "opt-out": "OPT_OUT", "opt-in": "OPT_IN" };

export type Journey = {
  id: string;
  kind: "OPT_OUT" | "OPT_IN";
  answers: JourneyAnswers;
  verifiedEmail: string | null;
  otpEmail: string | null;
  evidenceFileName: string | null;
  hasEvidenceFile: boolean;
  submission: { decisionId: string; reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW" | "WITHDRAWN" } | null;
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Deletes a batch of expired journeys (answers, codes, unsent evidence); recorded decisions are not touched. */
export async function deleteExpiredJourneys(options: { now?: Date; limit?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  return getDb().$executeRaw`
    DELETE FROM choice_journey WHERE id IN (
      SELECT id FROM choice_journey WHERE expires_at < ${now} ORDER BY expires_at LIMIT ${options.limit ?? 100})`;
}

/** Starts a journey; the caller puts the returned token in the cookie. */
export async function createJourney(options: { journey: JourneySlug; now?: Date }): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  // Housekeeping as journeys start, so expired personal details do not pile up without a separate job.
  await deleteExpiredJourneys({ now });
  const kind = KIND[options.journey];
  const row = await getDb().choiceJourney.create({
    data: { tokenHash: hashToken(token), kind, answers: { choice: kind }, expiresAt: new Date(now.getTime() + JOURNEY_LIFETIME_MS) },
    select: { id: true },
  });
  return { token, id: row.id };
}

/** The journey a cookie's token points at, unless it has expired or belongs to the other journey. */
export async function findJourney(options: { journey: JourneySlug; token: string | undefined }): Promise<Journey | null> {
  if (!options.token || options.token.length > 100) return null;
  const row = await getDb().choiceJourney.findUnique({
    where: { tokenHash: hashToken(options.token) },
    select: {
      id: true,
      kind: true,
      answers: true,
      verifiedEmail: true,
      otpEmail: true,
      evidenceFileName: true,
      expiresAt: true,
      submission: { select: { decisionId: true, reference: true, status: true } },
    },
  });
  if (!row || row.kind !== KIND[options.journey] || row.expiresAt.getTime() < Date.now()) return null;
  return {
    id: row.id,
    kind: row.kind,
    answers: (row.answers ?? {}) as JourneyAnswers,
    verifiedEmail: row.verifiedEmail,
    otpEmail: row.otpEmail,
    evidenceFileName: row.evidenceFileName,
    hasEvidenceFile: row.evidenceFileName !== null,
    submission: row.submission,
  };
}

/** Merges a step's answers into the journey and marks the step answered. */
export async function saveAnswers(options: {
  journey: Journey;
  step: string;
  answers: Partial<JourneyAnswers>;
  evidenceFile?: { content: Uint8Array; mediaType: string; fileName: string };
}): Promise<JourneyAnswers> {
  const answered = new Set(options.journey.answers.answered ?? []);
  answered.add(options.step);
  const merged: JourneyAnswers = { ...options.journey.answers, ...options.answers, answered: [...answered] };
  // Optional answers left blank are removed rather than kept as undefined.
  for (const [key, value] of Object.entries(options.answers)) if (value === undefined) delete merged[key as keyof JourneyAnswers];
  const isEmailChanged = options.answers.email !== undefined && options.answers.email !== options.journey.verifiedEmail;
  await getDb().choiceJourney.update({
    where: { id: options.journey.id },
    data: {
      answers: merged,
      ...(isEmailChanged ? { verifiedEmail: null } : {}),
      ...(options.evidenceFile
        ? {
            evidenceContent: Buffer.from(options.evidenceFile.content),
            evidenceMediaType: options.evidenceFile.mediaType,
            evidenceFileName: options.evidenceFile.fileName,
          }
        : {}),
      ...(options.answers.evidenceMethod === "POST" ? { evidenceContent: null, evidenceMediaType: null, evidenceFileName: null } : {}),
    },
  });
  return merged;
}
