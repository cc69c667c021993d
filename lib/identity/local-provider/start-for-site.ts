import { generateClientKeyPair, LOCAL_RESIDENT_CLIENT_ID, startLocalNhsLogin } from "./local-nhs-login";

// For scripts/start.ts: runs the local NHS login beside the site when
// NHS_LOGIN_ISSUER is unset and the database is the local embedded one (local
// demo mode), and returns the variables that point the site at it. Never
// against a database named by DATABASE_URL: production must configure the
// real NHS login, or have none.

export const NHS_LOGIN_CALLBACK_PATH = "/nhs-login/callback";

export async function startLocalNhsLoginForSite(options: {
  isEmbedded: boolean;
  sitePort: string | number;
  log: (message: string) => void;
}): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const none = { env: {}, close: async () => undefined };
  if (process.env.NHS_LOGIN_ISSUER) return none;
  if (!options.isEmbedded) {
    options.log("NHS login is not configured (NHS_LOGIN_ISSUER unset): residents use the email route only.");
    return none;
  }
  const keys = await generateClientKeyPair();
  const origins = [`http://localhost:${options.sitePort}`, `http://127.0.0.1:${options.sitePort}`];
  const provider = await startLocalNhsLogin({
    residentClient: {
      clientId: LOCAL_RESIDENT_CLIENT_ID,
      redirectUris: origins.map((origin) => `${origin}${NHS_LOGIN_CALLBACK_PATH}`),
      postLogoutRedirectUris: origins.map((origin) => `${origin}/`),
      publicJwk: keys.publicJwk,
    },
    log: (message) => console.log(`[nhs-login] ${message}`),
  });
  options.log(`Local NHS login (development only, test people listed on its sign-in page) on ${provider.issuer}.`);
  return {
    env: {
      NHS_LOGIN_ISSUER: provider.issuer,
      NHS_LOGIN_CLIENT_ID: LOCAL_RESIDENT_CLIENT_ID,
      NHS_LOGIN_PRIVATE_KEY: JSON.stringify(keys.privateJwk),
      NHS_LOGIN_REDIRECT_URI: `${origins[0]}${NHS_LOGIN_CALLBACK_PATH}`,
      NHS_LOGIN_LOCAL: "on",
    },
    close: provider.close,
  };
}
