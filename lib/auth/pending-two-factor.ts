import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";

// Who is half-way through signing in. After a right password, better-auth's
// two-factor plugin keeps the pending sign-in on the server (a verification
// row naming the account, 10 minutes) and gives the browser only that row's
// random identifier in a cookie signed with BETTER_AUTH_SECRET
// ("staff.two_factor"). This server-only endpoint reads the same signed cookie
// the code check will read, so the lockout counts a wrong code against the
// account that is really signing in, whatever else the browser sends.

const TWO_FACTOR_COOKIE_NAME = "two_factor";

export const pendingTwoFactor = () =>
  ({
    id: "pending-two-factor",
    endpoints: {
      getPendingTwoFactorUser: createAuthEndpoint.serverOnly({ method: "GET" }, async (ctx) => {
        const cookie = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE_NAME);
        const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
        if (!identifier) return ctx.json(null);
        const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
        if (!verification || new Date(verification.expiresAt).getTime() <= Date.now()) return ctx.json(null);
        return ctx.json({ userId: verification.value });
      }),
    },
  }) satisfies BetterAuthPlugin;
