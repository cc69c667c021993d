import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, type JWK } from "jose";
import Provider from "oidc-provider";

import { renderLocalProviderPage, type LocalPageInput } from "./pages";
import { residentTestUsers, STAFF_TEST_USERS, type ResidentTestUser } from "./test-users";

// A real OpenID provider (oidc-provider, OpenID-certified) configured like NHS
// login, for development and tests only: scripts/start.ts runs it when
// NHS_LOGIN_ISSUER is unset and the database is the local embedded one, and
// the browser tests sign in through it over HTTP. Like NHS login it accepts
// only private_key_jwt client authentication signed RS512, signs ID tokens
// RS512, uses NHS login's claim names and returns a `vot`. Its sign-in page
// lists the test users; nothing here is ever used in production.

export const LOCAL_RESIDENT_CLIENT_ID = "local-consent-register";
export const LOCAL_STAFF_CLIENT_ID = "local-consent-register-staff";

export type LocalClient = { clientId: string; redirectUris: string[]; postLogoutRedirectUris?: string[]; publicJwk: JWK };

export type LocalNhsLogin = {
  issuer: string;
  port: number;
  close: () => Promise<void>;
};

/** A fresh RS512 key pair as JWKs: the private half for the site, the public half for the provider. */
export async function generateClientKeyPair(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair("RS512", { extractable: true, modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  return {
    privateJwk: { ...(await exportJWK(privateKey)), alg: "RS512", use: "sig", kid },
    publicJwk: { ...(await exportJWK(publicKey)), alg: "RS512", use: "sig", kid },
  };
}

/** Made-up people from the "someone else" form, by account id (this provider keeps everything in memory). */
const customResidents = new Map<string, ResidentTestUser>();

function findResident(accountId: string): ResidentTestUser | undefined {
  return customResidents.get(accountId) ?? residentTestUsers().find((user) => user.id === accountId);
}

function claimsFor(accountId: string, issuer: string): Record<string, unknown> | undefined {
  const staff = STAFF_TEST_USERS.find((user) => user.id === accountId);
  if (staff) return { sub: staff.id, name: staff.name, email: staff.email, email_verified: true, roles: staff.roles };
  const resident = findResident(accountId);
  if (!resident) return undefined;
  return {
    sub: accountId,
    vot: resident.vot,
    vtm: `${issuer}/trustmark/local`,
    identity_proofing_level: resident.identityProofingLevel,
    ...(resident.nhsNumber ? { nhs_number: resident.nhsNumber } : {}),
    birthdate: resident.birthdate,
    given_name: resident.givenName,
    family_name: resident.familyName,
    email: resident.email,
    email_verified: true,
    phone_number: resident.phoneNumber,
    phone_number_verified: true,
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error("form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function sendHtml(res: ServerResponse, status: number, input: LocalPageInput): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(renderLocalProviderPage(input));
}

const LEVEL_VOT: Record<string, string> = { P9: "P9.Cp.Cd", P5: "P5.Cm", P0: "P0.Cp" };

/** A made-up person from the "someone else" form, so tests can use unique NHS numbers. */
function customResident(form: URLSearchParams): ResidentTestUser | { error: string } {
  const level = form.get("level") ?? "P9";
  const nhsNumber = (form.get("nhs_number") ?? "").replace(/\s/g, "");
  const birthdate = form.get("birthdate") ?? "";
  if (!["P0", "P5", "P9"].includes(level)) return { error: "Choose a proofing level" };
  if (nhsNumber && !/^999\d{7}$/.test(nhsNumber)) return { error: "Use a 10-digit test NHS number starting 999" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthdate)) return { error: "Enter the date of birth as YYYY-MM-DD" };
  const text = (name: string, fallback: string) => (form.get(name) ?? "").trim().slice(0, 100) || fallback;
  return {
    id: "custom",
    description: "",
    nhsNumber: nhsNumber || undefined,
    givenName: text("given_name", "Test"),
    familyName: text("family_name", "Person"),
    birthdate,
    email: text("email", "test.person@example.org").toLowerCase(),
    phoneNumber: "+447700900199",
    identityProofingLevel: level as ResidentTestUser["identityProofingLevel"],
    vot: (form.get("vot") ?? "").trim() || LEVEL_VOT[level]!,
  };
}

export async function startLocalNhsLogin(options: {
  port?: number;
  host?: string;
  residentClient: LocalClient;
  staffClient?: LocalClient;
  log?: (message: string) => void;
}): Promise<LocalNhsLogin> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;

  const { privateKey } = await generateKeyPair("RS512", { extractable: true, modulusLength: 2048 });
  const signingKey = { ...(await exportJWK(privateKey)), alg: "RS512", use: "sig", kid: `local-${randomBytes(4).toString("hex")}` };

  const client = (c: LocalClient) => ({
    client_id: c.clientId,
    redirect_uris: c.redirectUris,
    post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "private_key_jwt",
    token_endpoint_auth_signing_alg: "RS512",
    id_token_signed_response_alg: "RS512",
    jwks: { keys: [c.publicJwk] },
  });

  const provider = new Provider(issuer, {
    clients: [client(options.residentClient), ...(options.staffClient ? [client(options.staffClient)] : [])],
    // NHS login accepts nothing else.
    clientAuthMethods: ["private_key_jwt"],
    enabledJWA: {
      clientAuthSigningAlgValues: ["RS512"],
      idTokenSigningAlgValues: ["RS512"],
      userinfoSigningAlgValues: ["RS512"],
      requestObjectSigningAlgValues: ["RS512"],
      authorizationSigningAlgValues: ["RS512"],
      introspectionSigningAlgValues: ["RS512"],
    },
    jwks: { keys: [signingKey] },
    scopes: ["openid", "profile", "email", "phone", "roles"],
    claims: {
      // acr and amr say how the person authenticated (staff single sign-on checks amr, as Entra ID's, or
      // acr, as CIS2's). The ID token carries only claims of a granted scope, so they belong to openid.
      openid: ["sub", "vot", "vtm", "identity_proofing_level", "acr", "amr"],
      profile: ["nhs_number", "birthdate", "given_name", "family_name", "name"],
      email: ["email", "email_verified"],
      phone: ["phone_number", "phone_number_verified"],
      roles: ["roles"],
    },
    // Every granted claim in the ID token too, so the site reads them from the signed token.
    conformIdTokenClaims: false,
    // NHS login's vectors of trust request parameter.
    extraParams: ["vtr"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string; type: string }, form: string) => {
          ctx.type = "html";
          ctx.body = renderLocalProviderPage({ kind: "logout", form });
        },
        postLogoutSuccessSource: async (ctx: { body: string; type: string }) => {
          ctx.type = "html";
          ctx.body = renderLocalProviderPage({ kind: "signed-out" });
        },
      },
      userinfo: { enabled: true },
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
    },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 3600, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, accountId: string) => {
      const claims = claimsFor(accountId, issuer);
      if (!claims) return undefined;
      return { accountId, claims: async () => claims };
    },
    renderError: async (ctx: { type: string; body: string }, out: { error: string; error_description?: string }) => {
      ctx.type = "html";
      ctx.body = renderLocalProviderPage({ kind: "error", error: out.error, description: out.error_description });
    },
  });
  provider.proxy = true;
  const handleProvider = provider.callback();

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", issuer);
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort|error))?$/.exec(url.pathname);
    if (!match) return handleProvider(req, res);
    void handleInteraction(req, res, match[2]).catch((error: unknown) => {
      options.log?.(`interaction failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendHtml(res, 400, { kind: "error", error: "invalid_request", description: "This sign-in has expired. Go back to the service and start again." });
    });
  });

  async function handleInteraction(req: IncomingMessage, res: ServerResponse, action: string | undefined): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const clientId = details.params.client_id ?? "";
    const isStaff = clientId === options.staffClient?.clientId;
    if (req.method === "GET" && details.prompt.name === "consent") {
      // Consent is given by signing up to NHS login, not asked again here.
      const grant = new provider.Grant({ accountId: details.session!.accountId!, clientId });
      for (const scope of (details.params.scope ?? "openid").split(" ")) grant.addOIDCScope(scope);
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    if (req.method === "GET") {
      return sendHtml(res, 200, {
        kind: "sign-in",
        uid: details.uid,
        isStaff,
        vtr: details.params.vtr,
        residents: isStaff ? [] : residentTestUsers(),
        staff: isStaff ? [...STAFF_TEST_USERS] : [],
      });
    }
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    const form = await readForm(req);
    if (action === "abort") {
      return provider.interactionFinished(req, res, { error: "access_denied", error_description: "The user cancelled signing in." }, { mergeWithLastSubmission: false });
    }
    if (action === "error") {
      const error = form.get("error") === "login_required" ? "login_required" : "access_denied";
      return provider.interactionFinished(req, res, { error, error_description: `Returned on request from the local sign-in page (${error}).` }, { mergeWithLastSubmission: false });
    }
    if (action === "login") {
      const userId = form.get("user") ?? "";
      if (isStaff) {
        const staff = STAFF_TEST_USERS.find((user) => user.id === userId);
        if (!staff) return sendHtml(res, 400, { kind: "error", error: "invalid_request", description: "Unknown test user." });
        return provider.interactionFinished(req, res, { login: { accountId: staff.id, amr: staff.amr, acr: staff.amr.includes("mfa") ? "AAL2" : "AAL1" } }, { mergeWithLastSubmission: false });
      }
      if (userId === "custom") {
        const person = customResident(form);
        if ("error" in person) return sendHtml(res, 400, { kind: "error", error: "invalid_request", description: person.error });
        // The subject is stable per person: derived from their details.
        const accountId = `custom-${createHash("sha256").update(JSON.stringify(person)).digest("hex").slice(0, 32)}`;
        customResidents.set(accountId, { ...person, id: accountId });
        return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      }
      const resident = residentTestUsers().find((user) => user.id === userId);
      if (!resident) return sendHtml(res, 400, { kind: "error", error: "invalid_request", description: "Unknown test user." });
      return provider.interactionFinished(req, res, { login: { accountId: resident.id } }, { mergeWithLastSubmission: false });
    }
    res.writeHead(404).end();
  }

  options.log?.(`Local NHS login (development only) on ${issuer}`);
  return {
    issuer,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
