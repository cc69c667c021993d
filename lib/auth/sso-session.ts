import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";

// A staff session for someone the organisation's identity provider signed in
// (docs/decisions/019): the same better-auth session, cookie and hooks
// (approval, disabled accounts) as the password + code path, made by a
// server-only endpoint (there is no public auth route), marked "sso" and
// holding the ID token that ends the provider's session at sign-out.

export const ssoSession = () =>
  ({
    id: "sso-session",
    endpoints: {
      createSsoSession: createAuthEndpoint.serverOnly(
        { method: "POST", body: z.object({ userId: z.string().min(1), idToken: z.string().min(1) }) },
        async (ctx) => {
          const user = await ctx.context.internalAdapter.findUserById(ctx.body.userId);
          if (!user) throw new Error("No such staff user");
          // Runs the session.create hooks: a disabled account is refused here as it is at a password sign-in.
          // overrideAll: otherwise better-auth puts the fields' defaults ("password") over these two.
          const session = await ctx.context.internalAdapter.createSession(user.id, false, { signInMethod: "sso", ssoIdToken: ctx.body.idToken }, true);
          await setSessionCookie(ctx, { session, user });
          return ctx.json({ sessionId: session.id });
        },
      ),
    },
  }) satisfies BetterAuthPlugin;
