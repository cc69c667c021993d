import { createHash, randomBytes } from "node:crypto";

import { getDb } from "../db";
import type { VerifiedIdentity } from "./nhs-login/nhs-login-client";

// A resident signed in with NHS login. The cookie holds a random token; the
// database row (found by its SHA-256) holds what NHS login vouched for. Short
// lived: a shared computer should not keep someone signed in for long.

export const RESIDENT_SESSION_COOKIE = "nhs_login_session";
export const RESIDENT_SESSION_LIFETIME_MS = 60 * 60 * 1000;

export type ResidentSession = VerifiedIdentity & { id: string; expiresAt: Date };

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createResidentSession(identity: VerifiedIdentity, now = new Date()): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString("base64url");
  await getDb().residentSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await getDb().residentSession.create({
    data: { tokenHash: hash(token), ...identity, expiresAt: new Date(now.getTime() + RESIDENT_SESSION_LIFETIME_MS) },
    select: { id: true },
  });
  return { token, id: row.id };
}

export async function findResidentSession(token: string | undefined, now = new Date()): Promise<ResidentSession | null> {
  if (!token || token.length > 100) return null;
  const row = await getDb().residentSession.findUnique({
    where: { tokenHash: hash(token) },
    select: {
      id: true,
      subject: true,
      nhsNumber: true,
      givenName: true,
      familyName: true,
      dateOfBirth: true,
      email: true,
      phoneNumber: true,
      identityProofingLevel: true,
      vot: true,
      expiresAt: true,
      endedAt: true,
    },
  });
  if (!row || row.endedAt || row.expiresAt <= now) return null;
  return {
    id: row.id,
    subject: row.subject,
    nhsNumber: row.nhsNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth,
    email: row.email,
    phoneNumber: row.phoneNumber,
    identityProofingLevel: row.identityProofingLevel,
    vot: row.vot,
    expiresAt: row.expiresAt,
  };
}

export async function endResidentSession(token: string | undefined, now = new Date()): Promise<void> {
  if (!token || token.length > 100) return;
  await getDb().residentSession.updateMany({ where: { tokenHash: hash(token), endedAt: null }, data: { endedAt: now } });
}
