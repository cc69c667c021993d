"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { z } from "zod";

import { isAPIError } from "better-auth/api";

import { getAuth } from "@/lib/auth/auth";
import { claimTotpStep } from "@/lib/auth/totp-replay";
import { AppError } from "@/lib/errors";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

// Enrolment happens before a full sign-in (stage "enrolling"): a session from
// the password alone, which may do nothing else. The QR code, setup key and
// recovery codes travel in the form's hidden fields (not client state), so a
// wrong code without JavaScript shows them again; the QR code is only ever an
// SVG data URI drawn here.

const QR_PREFIX = "data:image/svg+xml;base64,";
const WRONG_CODE = "The code is not right. Check the time on your phone and try the newest code.";

/** Step 1: with the password again, create an authenticator secret and recovery codes (not active until a code proves the app has it). */
export const startEnrolmentAction = staffAction(
  { permission: null, what: "set up an authenticator app", stage: "enrolling", fields: ["password"], schema: z.object({ password: z.string().min(1, "Enter your password") }) },
  async ({ input }) => {
    let result: Awaited<ReturnType<ReturnType<typeof getAuth>["api"]["enableTwoFactor"]>>;
    try {
      result = await getAuth().api.enableTwoFactor({ body: { password: input.password }, headers: await headers() });
    } catch (error) {
      if (!isAPIError(error) || error.statusCode >= 500) throw error;
      throw new AppError({ code: "VALIDATION_FAILED", message: "Enrolment password refused", userMessage: "The password is not right", details: { fieldErrors: { password: ["The password is not right"] } }, cause: error });
    }
    if (result.method !== "totp") throw new Error("Expected an authenticator app secret");
    const svg = await QRCode.toString(result.totpURI, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return {
      values: {
        qrDataUri: `${QR_PREFIX}${Buffer.from(svg).toString("base64")}`,
        secret: new URL(result.totpURI).searchParams.get("secret") ?? "",
        recoveryCodes: result.backupCodes.join(" "),
      },
      errors: {},
    };
  },
);

const finishSchema = z.object({
  code: z.string().transform((v) => v.replace(/\s+/g, "")).pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app")),
  qrDataUri: z.string().refine((v) => v.startsWith(QR_PREFIX), "Start again: the QR code is missing"),
  secret: z.string().regex(/^[A-Z2-7]*=*$/i, "Start again: the setup key is missing"),
  recoveryCodes: z.string().regex(/^[A-Za-z0-9 -]*$/, "Start again: the recovery codes are missing"),
});

/** Step 2: a code from the app turns two-factor sign-in on for this account. */
export const finishEnrolmentAction = staffAction(
  { permission: null, what: "turn on an authenticator app", stage: "enrolling", fields: ["code", "qrDataUri", "secret", "recoveryCodes"], schema: finishSchema },
  async ({ input, staff }) => {
    const shown = { qrDataUri: input.qrDataUri, secret: input.secret, recoveryCodes: input.recoveryCodes };
    // The code that turns the app on is used up like any other: it cannot sign in again (ASVS 2.8.4).
    if ((await claimTotpStep({ userId: staff.id, code: input.code })) === "replayed") {
      return { values: shown, errors: { code: "This code has been used already. Wait for your app to show a new code." } };
    }
    try {
      await getAuth().api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
    } catch (error) {
      // A wrong code is better-auth's refusal (below 500); the service failing is not the person's mistake.
      if (!isAPIError(error) || error.statusCode >= 500) throw error;
      return { values: shown, errors: { code: WRONG_CODE } };
    }
    await recordStaffEvent({ actor: staff.actor, action: "staff.two-factor.enrol", entityId: staff.id });
    redirect(STAFF_ROUTES.home);
  },
);
