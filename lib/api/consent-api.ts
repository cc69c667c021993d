import { randomUUID } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError, isAppError } from "../errors";
import { parseNhsNumber } from "../nhs-number/nhs-number";
import {
  batchCheckRequestSchema,
  changesQuerySchema,
  type ConsentAnswerBody,
  type InvalidAnswerBody,
  MAX_BATCH_SIZE,
  MAX_BODY_BYTES,
} from "../validation/consent-api";
import { bearerToken, isKeyMatch, parseApiKey } from "./api-keys";
import type { AccessLogger } from "./access-log";
import { buildCapabilityStatement, buildConsentBundle, FHIR_CONTENT_TYPE, NHS_NUMBER_SYSTEM, operationOutcome } from "./fhir";
import type { ApiScope } from "./manage-api-clients";
import { buildOpenApiDocument } from "./openapi";
import type { RegisterStore, StoredApiClient, StoredConsent } from "./register-store";

// The consent-check API, framework-free: a plain request in, a plain response
// out. The Next.js site (app/api/v1, app/fhir) and the dedicated server
// (lib/api/node-server.ts) both mount it, so they answer exactly alike.
//
// Fails closed: when the register cannot be read the answer is 503 with
// Retry-After, never a guess and never "shareable".

export type ApiRequest = {
  method: string;
  /** Path without the query string, e.g. "/api/v1/consent/9990000018". */
  path: string;
  query: URLSearchParams;
  header: (name: string) => string | undefined;
  /** The raw body, or "too-large" once it passes MAX_BODY_BYTES. */
  readBody: () => Promise<Buffer | "too-large">;
};

export type ApiResponse = { status: number; headers: Record<string, string>; body: string };

export type ConsentApiOptions = {
  store: RegisterStore;
  logger: AccessLogger;
  rateLimitPerSecond: number;
  /** How long a client lookup is trusted; revocation takes effect within this. */
  clientCacheMs?: number;
  baseUrl?: string;
};

type AuthenticatedClient = { id: string; name: string; scopes: string[] };

type CallRecord = {
  requestId: string;
  client?: AuthenticatedClient;
  nhsNumbers?: string[];
  answers?: string[];
};

const PROBLEM_TYPES: Record<number, string> = {
  400: "bad-request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  405: "method-not-allowed",
  413: "too-large",
  415: "unsupported-media-type",
  422: "invalid-nhs-number",
  429: "rate-limited",
  500: "internal-error",
  503: "register-unavailable",
};
const PROBLEM_TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  413: "Request too large",
  415: "Unsupported media type",
  422: "Invalid NHS number",
  429: "Too many requests",
  500: "Internal error",
  503: "The consent register cannot be read",
};
const RETRY_AFTER_SECONDS = "5";

class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

const SOURCE_BY_CHANNEL: Record<string, ConsentAnswerBody["source"]> = {
  ONLINE: "online",
  PAPER: "paper",
  PHONE: "phone",
  CAREMYWAY_IMPORT: "caremyway-import",
  CIDR_IMPORT: "cidr-import",
};

export function toAnswer(nhsNumber: string, stored: StoredConsent | null | undefined): ConsentAnswerBody {
  const isOptedOut = stored?.status === "OPTED_OUT";
  return {
    nhsNumber,
    status: isOptedOut ? "opted-out" : "participating",
    shareable: !isOptedOut,
    decidedAt: stored?.decidedAt ? stored.decidedAt.toISOString() : null,
    source: stored?.channel ? (SOURCE_BY_CHANNEL[stored.channel] ?? null) : null,
  };
}

const NHS_NUMBER_ERRORS = {
  empty: "The NHS number is empty.",
  "not-digits": "An NHS number has only the digits 0 to 9 (spaces and hyphens are ignored).",
  "wrong-length": "An NHS number has 10 digits.",
  "check-digit": "The NHS number's check digit is wrong (Modulus 11).",
} as const;

function encodeCursor(seq: bigint): string {
  return Buffer.from(`v1:${seq}`).toString("base64url");
}

/** The largest change sequence number PostgreSQL's bigint holds. */
const MAX_SEQ = 2n ** 63n - 1n;

function decodeCursor(cursor: string | undefined): bigint {
  if (cursor === undefined || cursor === "") return 0n;
  const decoded = Buffer.from(cursor, "base64url").toString();
  const match = /^v1:(0|[1-9]\d{0,18})$/.exec(decoded);
  const seq = match ? BigInt(match[1]!) : -1n;
  // Only cursors exactly as given out: base64url decoding skips stray characters, and a
  // number past bigint's range would reach the database and fail there (a 503, not a 400).
  if (seq < 0n || seq > MAX_SEQ || encodeCursor(seq) !== cursor) {
    throw new ApiProblem(400, "The since cursor is not one this API gave out. Start again without since, or pass nextCursor unchanged.");
  }
  return seq;
}

function json(status: number, body: unknown, contentType = "application/json", extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store", ...extra }, body: JSON.stringify(body) };
}

export function createConsentApi(options: ConsentApiOptions) {
  const { store, logger } = options;
  const clientCacheMs = options.clientCacheMs ?? 1_000;
  const clientCache = new Map<string, { client: StoredApiClient | null; at: number }>();
  const lastTouched = new Map<string, number>();
  const limiter = new RateLimiterMemory({ points: options.rateLimitPerSecond, duration: 1 });
  const baseUrl = options.baseUrl ?? "";

  async function lookupClient(prefix: string): Promise<StoredApiClient | null> {
    const cached = clientCache.get(prefix);
    if (cached && Date.now() - cached.at < clientCacheMs) return cached.client;
    const client = await store.findApiClient(prefix);
    clientCache.set(prefix, { client, at: Date.now() });
    return client;
  }

  async function authenticate(request: ApiRequest, scope: ApiScope, call: CallRecord): Promise<AuthenticatedClient> {
    const key = bearerToken(request.header("authorization"));
    const unauthenticated = (detail: string) =>
      new ApiProblem(401, detail, { "www-authenticate": 'Bearer realm="consent-register"' });
    if (!key) throw unauthenticated("Send the API key as Authorization: Bearer <key>.");
    const parsed = parseApiKey(key);
    const stored = parsed ? await lookupClient(parsed.prefix) : null;
    if (!stored || !isKeyMatch(key, stored.keyHash)) throw unauthenticated("The API key is not recognised.");
    if (stored.revokedAt) throw unauthenticated("The API key has been revoked.");
    const client = { id: stored.id, name: stored.name, scopes: stored.scopes };
    call.client = client;
    if (!stored.scopes.includes(scope)) throw new ApiProblem(403, `The API key does not have the ${scope} scope.`);
    try {
      await limiter.consume(stored.id);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw new ApiProblem(429, `More than ${options.rateLimitPerSecond} requests a second. Slow down.`, { "retry-after": seconds });
      }
      throw rejection;
    }
    // Recorded at most once a minute per client: a write per call would cost more than the call.
    const now = Date.now();
    if ((lastTouched.get(stored.id) ?? 0) < now - 60_000) {
      lastTouched.set(stored.id, now);
      void store.touchApiClient(stored.id, new Date(now)).catch(() => lastTouched.delete(stored.id));
    }
    return client;
  }

  async function single(request: ApiRequest, call: CallRecord, raw: string): Promise<ApiResponse> {
    await authenticate(request, "consent:read", call);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      throw new ApiProblem(400, "The NHS number in the path is not valid percent-encoding.");
    }
    const parsed = parseNhsNumber(value);
    call.nhsNumbers = [value];
    if (!parsed.ok) throw new ApiProblem(422, NHS_NUMBER_ERRORS[parsed.problem]);
    call.nhsNumbers = [parsed.nhsNumber];
    const answer = toAnswer(parsed.nhsNumber, await store.findConsent(parsed.nhsNumber));
    call.answers = [answer.status];
    return json(200, answer);
  }

  async function batch(request: ApiRequest, call: CallRecord): Promise<ApiResponse> {
    await authenticate(request, "consent:read", call);
    const contentType = request.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) throw new ApiProblem(415, "Send the body as application/json.");
    const body = await request.readBody();
    if (body === "too-large") throw new ApiProblem(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      throw new ApiProblem(400, "The body is not valid JSON.");
    }
    const count = Array.isArray((payload as { nhsNumbers?: unknown })?.nhsNumbers) ? (payload as { nhsNumbers: unknown[] }).nhsNumbers.length : 0;
    if (count > MAX_BATCH_SIZE) throw new ApiProblem(413, `At most ${MAX_BATCH_SIZE} NHS numbers in one request; this had ${count}.`);
    const parsedBody = batchCheckRequestSchema.safeParse(payload);
    if (!parsedBody.success) {
      throw new ApiProblem(400, `The body must be {"nhsNumbers": [...]} with 1 to ${MAX_BATCH_SIZE} strings: ${parsedBody.error.issues[0]?.message ?? "invalid"}.`);
    }
    const items = parsedBody.data.nhsNumbers.map((value) => ({ value, parsed: parseNhsNumber(value) }));
    const valid = [...new Set(items.flatMap((item) => (item.parsed.ok ? [item.parsed.nhsNumber] : [])))];
    const found = valid.length ? await store.findConsents(valid) : new Map<string, StoredConsent>();
    const results: (ConsentAnswerBody | InvalidAnswerBody)[] = items.map(({ value, parsed }) =>
      parsed.ok
        ? toAnswer(parsed.nhsNumber, found.get(parsed.nhsNumber))
        : { nhsNumber: value, status: "invalid", shareable: false, error: NHS_NUMBER_ERRORS[parsed.problem] },
    );
    call.nhsNumbers = items.map(({ value, parsed }) => (parsed.ok ? parsed.nhsNumber : value));
    call.answers = results.map((r) => r.status);
    return json(200, { results });
  }

  async function changes(request: ApiRequest, call: CallRecord): Promise<ApiResponse> {
    await authenticate(request, "consent:changes", call);
    const query = changesQuerySchema.safeParse({ since: request.query.get("since") ?? undefined, limit: request.query.get("limit") ?? undefined });
    if (!query.success) throw new ApiProblem(400, `limit must be a whole number from 1 to 10000.`);
    const after = decodeCursor(query.data.since);
    // One more than asked tells whether more are waiting, without a second query.
    const rows = await store.listChanges(after, query.data.limit + 1);
    const page = rows.slice(0, query.data.limit);
    const last = page.at(-1)?.seq ?? after;
    call.nhsNumbers = page.map((c) => c.nhsNumber);
    call.answers = page.map((c) => (c.status === "OPTED_OUT" ? "opted-out" : "participating"));
    return json(200, {
      changes: page.map((change) => ({ ...toAnswer(change.nhsNumber, change), changedAt: change.changedAt.toISOString() })),
      nextCursor: encodeCursor(last),
      hasMore: rows.length > query.data.limit,
    });
  }

  async function fhirConsent(request: ApiRequest, call: CallRecord): Promise<ApiResponse> {
    await authenticate(request, "consent:read", call);
    const identifier = request.query.get("patient:identifier") ?? request.query.get("patient.identifier");
    if (!identifier) throw new ApiProblem(400, `Search by patient:identifier=${NHS_NUMBER_SYSTEM}|<NHS number>.`);
    const bar = identifier.indexOf("|");
    const system = bar >= 0 ? identifier.slice(0, bar) : "";
    if (system !== NHS_NUMBER_SYSTEM) throw new ApiProblem(400, `The identifier system must be ${NHS_NUMBER_SYSTEM}.`);
    const value = identifier.slice(bar + 1);
    const parsed = parseNhsNumber(value);
    call.nhsNumbers = [value];
    if (!parsed.ok) throw new ApiProblem(422, NHS_NUMBER_ERRORS[parsed.problem]);
    call.nhsNumbers = [parsed.nhsNumber];
    const stored = await store.findConsent(parsed.nhsNumber);
    call.answers = [toAnswer(parsed.nhsNumber, stored).status];
    return json(200, buildConsentBundle({ nhsNumber: parsed.nhsNumber, stored, baseUrl, selfUrl: `${baseUrl}${request.path}?${request.query}` }), FHIR_CONTENT_TYPE);
  }

  type Route = { method: string; handle: (request: ApiRequest, call: CallRecord, param: string) => Promise<ApiResponse> };

  function route(request: ApiRequest): { routes: Route[]; param: string; isFhir: boolean } | null {
    const path = request.path.length > 1 && request.path.endsWith("/") ? request.path.slice(0, -1) : request.path;
    if (path === "/api/v1/consent/check") return { routes: [{ method: "POST", handle: (r, c) => batch(r, c) }], param: "", isFhir: false };
    if (path === "/api/v1/consent/changes") return { routes: [{ method: "GET", handle: (r, c) => changes(r, c) }], param: "", isFhir: false };
    if (path.startsWith("/api/v1/consent/") && path.indexOf("/", 16) === -1) {
      return { routes: [{ method: "GET", handle: (r, c, p) => single(r, c, p) }], param: path.slice(16), isFhir: false };
    }
    if (path === "/api/v1/openapi.json") {
      return { routes: [{ method: "GET", handle: async () => json(200, buildOpenApiDocument(baseUrl)) }], param: "", isFhir: false };
    }
    if (path === "/fhir/metadata") {
      return { routes: [{ method: "GET", handle: async () => json(200, buildCapabilityStatement(baseUrl), FHIR_CONTENT_TYPE) }], param: "", isFhir: true };
    }
    if (path === "/fhir/Consent") return { routes: [{ method: "GET", handle: (r, c) => fhirConsent(r, c) }], param: "", isFhir: true };
    return null;
  }

  function problemResponse(status: number, detail: string, requestId: string, isFhir: boolean, headers: Record<string, string> = {}): ApiResponse {
    const extra = { "x-request-id": requestId, ...headers, ...(status === 503 ? { "retry-after": RETRY_AFTER_SECONDS } : {}) };
    if (isFhir) return json(status, operationOutcome(status, detail, requestId), FHIR_CONTENT_TYPE, extra);
    return json(
      status,
      { type: `https://consent-register.example/problems/${PROBLEM_TYPES[status] ?? "error"}`, title: PROBLEM_TITLES[status] ?? "Error", status, detail, requestId },
      "application/problem+json",
      extra,
    );
  }

  return async function handle(request: ApiRequest): Promise<ApiResponse> {
    const started = performance.now();
    const incoming = request.header("x-request-id");
    const requestId = incoming && /^[A-Za-z0-9._-]{8,100}$/.test(incoming) ? incoming : randomUUID();
    const call: CallRecord = { requestId };
    const matched = route(request);
    const isFhir = matched?.isFhir ?? request.path.startsWith("/fhir");
    let response: ApiResponse;
    let error: unknown;
    try {
      if (!matched) throw new ApiProblem(404, `There is nothing at ${request.path}.`);
      const routeForMethod = matched.routes.find((r) => r.method === request.method || (request.method === "HEAD" && r.method === "GET"));
      if (!routeForMethod) {
        throw new ApiProblem(405, `Use ${matched.routes.map((r) => r.method).join(", ")} here.`, { allow: matched.routes.map((r) => r.method).join(", ") });
      }
      response = await routeForMethod.handle(request, call, matched.param);
      response.headers["x-request-id"] = requestId;
    } catch (caught) {
      error = caught;
      if (caught instanceof ApiProblem) {
        response = problemResponse(caught.status, caught.detail, requestId, isFhir, caught.headers);
      } else if (isAppError(caught) && caught.code === "REGISTER_UNAVAILABLE") {
        response = problemResponse(503, "The consent register cannot be read right now. Do not share: try again shortly.", requestId, isFhir);
      } else {
        response = problemResponse(500, `Something went wrong. Quote request id ${requestId}.`, requestId, isFhir);
      }
    }
    logger.logCall({
      requestId,
      method: request.method,
      path: request.path,
      status: response.status,
      clientId: call.client?.id,
      clientName: call.client?.name,
      nhsNumbers: call.nhsNumbers,
      answers: call.answers,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      error: error && !(error instanceof ApiProblem) ? describeError(error) : undefined,
    });
    return response;
  };
}

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.code}: ${error.message}${cause}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export type ConsentApiHandler = ReturnType<typeof createConsentApi>;
