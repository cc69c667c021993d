"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";

import { getAuth } from "@/lib/auth/auth";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { readStaffSession, STAFF_ROUTES } from "../../_lib/staff-session";

export type EnrolState = {
  stage: "password" | "verify";
  error?: string;
  qrDataUri?: string;
  secret?: string;
  recoveryCodes?: string[];
};

/** Step 1: with the password again, create an authenticator secret and recovery codes (not active until a code proves the app has it). */
export async function startEnrolmentAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  const session = await readStaffSession();
  if (!session) redirect(STAFF_ROUTES.signIn);
  if (session.user.twoFactorEnabled) redirect(STAFF_ROUTES.home);
  const password = String(formData.get("password") ?? "");
  if (!password) return { stage: "password", error: "Enter your password" };
  try {
    const result = await getAuth().api.enableTwoFactor({ body: { password }, headers: await headers() });
    if (result.method !== "totp") throw new Error("Expected an authenticator app secret");
    const uri = result.totpURI;
    const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    const secret = new URL(uri).searchParams.get("secret") ?? undefined;
    return {
      stage: "verify",
      qrDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
      secret,
      recoveryCodes: result.backupCodes,
    };
  } catch {
    return { stage: "password", error: "The password is not right" };
  }
}

/** Step 2: a code from the app turns two-factor sign-in on for this account. */
export async function finishEnrolmentAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  const session = await readStaffSession();
  if (!session) redirect(STAFF_ROUTES.signIn);
  // Carried in the form (not in client state), so a failed code without JavaScript shows the same QR code again.
  const state: EnrolState = {
    stage: "verify",
    qrDataUri: String(formData.get("qrDataUri") ?? "").startsWith("data:image/svg+xml;base64,") ? String(formData.get("qrDataUri")) : undefined,
    secret: String(formData.get("secret") ?? "") || undefined,
    recoveryCodes: String(formData.get("recoveryCodes") ?? "").split(" ").filter(Boolean),
  };
  const code = String(formData.get("code") ?? "").replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return { ...state, error: "Enter the 6-digit code from your authenticator app" };
  try {
    await getAuth().api.verifyTOTP({ body: { code }, headers: await headers() });
  } catch {
    return { ...state, error: "The code is not right. Check the time on your phone and try the newest code." };
  }
  await recordStaffEvent({ actor: { kind: "STAFF", id: session.user.id }, action: "staff.two-factor.enrol", entityId: session.user.id });
  redirect(STAFF_ROUTES.home);
}
