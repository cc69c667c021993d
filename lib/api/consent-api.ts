import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { NHS_NUMBER_ERRORS } from "../content/nhs-number-errors";
import { getEnv } from "../env";
import { appError, describeError, isAppError, toProblem } from "../errors";
import { parseNhsNumber } from "../nhs-number/nhs-number";
import {
  batchCheckRequestSchema,
  changesQuerySchema,
  type ConsentAnswerBody,
  FEED_POLL_AFTER_SECONDS,
  type InvalidAnswerBody,
  MAX_BATCH_SIZE,
  MAX_BODY_BYTES,
  MAX_CHANGES_PAGE,
} from "../validation/consent-api";
import { bearerToken, isKeyMatch, parseApiKey } from "./api-keys";
import type { AccessLogger } from "./access-log";
import { asSharedLimiter, type SharedLimiter } from "../security/shared-rate-limit";
import { BoundedCache } from "./bounded-cache";
import type { FailedKeyLimiter } from "./failed-key-limiter";
import {
  buildCapabilityStatement,
  buildConsentBundle,
  CONSENT_STATUSES,
  consentResource,
  FHIR_CONTENT_TYPE,
  isInForce,
  NHS_NUMBER_SYSTEM,
  operationOutcome,
} from "./fhir";
import type { ApiScope } from "./manage-api-clients";
import { buildOpenApiDocument } from "./openapi/index";
import type { ConsentSnapshot, RegisterPosition, RegisterStore, StoredApiClient, StoredConsent } from "./register-store";

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
  /** The caller's address as the trusted proxy saw it (lib/security/client-address.ts), for the failed-key limit. */
  clientAddress: string;
};

export type ApiResponse = {
  status: number;
  headers: Record<string, string>;
  body: string;
  /**
   * A streamed body instead of `body` (the snapshot export): the mount pipes it with backpressure and
   * must destroy it if the body is not sent (HEAD) or the caller goes away. An error from it aborts the
   * answer, so a consumer sees a broken stream, never a short one that looks complete.
   */
  stream?: Readable;
};

export type ConsentApiOptions = {
  store: RegisterStore;
  logger: AccessLogger;
  rateLimitPerSecond: number;
  /** How long a client lookup is trusted; revocation takes effect within this. */
  clientCacheMs?: number;
  /** How many key prefixes the lookup cache holds at most (least recently used go first). */
  clientCacheMaxEntries?: number;
  /**
   * Each client's requests a second, shared by every instance (lib/api/client-rate-limit.ts, in
   * PostgreSQL). None: a limit of rateLimitPerSecond in this process's memory (tests with a store of their own).
   */
  clientRateLimiter?: SharedLimiter;
  /** Refuses, with 429, addresses that keep sending keys that fail; none: no such limit (tests). */
  failedKeyLimiter?: FailedKeyLimiter;
  /** Rows the snapshot export reads at a time (tests make it small to stream in many batches). */
  snapshotBatchSize?: number;
  /** The register's public address, for absolute URLs (OpenAPI servers, FHIR fullUrl and links). SITE_URL by default. */
  baseUrl?: string;
};

/** Accept-Encoding allows gzip (RFC 9110 12.5.3): gzip, x-gzip or *, with q above 0; gzip;q=0 refuses it. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const codings = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((p) => p.startsWith("q="));
    codings.set(name === "x-gzip" ? "gzip" : name, q ? Number(q.slice(2)) : 1);
  }
  const q = codings.get("gzip") ?? codings.get("*") ?? 0;
  return Number.isFinite(q) && q > 0;
}

/**
 * The snapshot's lines: a header with the feed cursor the snapshot is consistent with, one line per
 * person whose state is not the default, then {"complete":true,"count":N}. One chunk per batch.
 */
async function* snapshotLines(opened: ConsentSnapshot): AsyncGenerator<string> {
  const { cursor, seq } = asOf(opened.position);
  yield `${JSON.stringify({ cursor, seq, takenAt: opened.takenAt.toISOString() })}\n`;
  let count = 0;
  // PostgreSQL writes each batch's lines (the shape toAnswer gives, with its source names), so a batch
  // costs the server one string, not a thousand row objects and their answers (docs/decisions/022).
  for await (const batch of opened.answerLines(SOURCE_BY_CHANNEL)) {
    count += batch.count;
    yield batch.text;
  }
  yield `${JSON.stringify({ complete: true, count })}\n`;
}

type AuthenticatedClient = { id: string; name: string; scopes: string[] };

type CallRecord = {
  requestId: string;
  client?: AuthenticatedClient;
  nhsNumbers?: string[];
  answers?: string[];
};

const SOURCE_BY_CHANNEL: Record<string, NonNullable<ConsentAnswerBody["source"]>> = {
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

// Feed cursors (docs/decisions/020): base64url of "v2:<epoch>:<seq>", the register's epoch (a random
// id a recreated or restored database gets anew) and the number of the last change read. A cursor is
// only good for the register it came from and never ahead of it: either way it is refused with 410
// FEED_CURSOR_GONE, so a consumer resynchronises instead of silently missing changes.

export function encodeCursor(epoch: string, seq: bigint): string {
  return Buffer.from(`v2:${epoch}:${seq}`).toString("base64url");
}

/** The largest change sequence number PostgreSQL's bigint holds. */
const MAX_SEQ = 2n ** 63n - 1n;
const SEQ_PATTERN = "(0|[1-9]\\d{0,18})";
const V2_CURSOR = new RegExp(`^v2:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):${SEQ_PATTERN}$`);
const V1_CURSOR = new RegExp(`^v1:${SEQ_PATTERN}$`);

type FeedStart = { epoch: string | null; seq: bigint };

function decodeCursor(cursor: string | undefined): FeedStart {
  // No cursor, an empty one or "0": from the start, in whatever epoch the register is in.
  if (cursor === undefined || cursor === "" || cursor === "0") return { epoch: null, seq: 0n };
  const decoded = Buffer.from(cursor, "base64url").toString();
  // Only cursors exactly as given out: base64url decoding skips stray characters, and a
  // number past bigint's range would reach the database and fail there (a 503, not a 400).
  const v2 = V2_CURSOR.exec(decoded);
  if (v2) {
    const seq = BigInt(v2[2]!);
    if (seq <= MAX_SEQ && encodeCursor(v2[1]!, seq) === cursor) return { epoch: v2[1]!, seq };
  }
  const v1 = V1_CURSOR.exec(decoded);
  if (v1 && BigInt(v1[1]!) <= MAX_SEQ && Buffer.from(decoded).toString("base64url") === cursor) {
    // Refused, not guessed: a v1 cursor does not say which register it came from, so a restore since
    // it was given out could make it skip changes without anyone knowing.
    throw appError(
      "FEED_CURSOR_GONE",
      "This cursor is from before cursors carried the register's epoch, so it cannot be checked against the register as it is now. Resynchronise: read the feed again from since=0.",
    );
  }
  throw appError("BAD_REQUEST", "The since cursor is not one this API gave out. Start again with since=0, or pass nextCursor unchanged.");
}

/** The register position an answer reflects: the feed cursor to follow on from, and the last change number. */
function asOf(position: RegisterPosition) {
  return { cursor: encodeCursor(position.epoch, position.lastSeq), seq: Number(position.lastSeq) };
}

/** A strong validator for a feed page: the same epoch, cursor and changes give the same bytes. */
function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match (RFC 9110 13.1.2): "*" or any listed tag, compared weakly. */
function isNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === tag);
}

function json(status: number, body: unknown, contentType = "application/json", extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store", ...extra }, body: JSON.stringify(body) };
}

/** One query parameter, refused when it is given more than once (which value was meant is unknowable). */
function singleParam(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw appError("BAD_REQUEST", `Give ${name} once; it was given ${values.length} times.`);
  return values[0];
}

const UNAUTHENTICATED_HEADERS = { "www-authenticate": 'Bearer realm="consent-register"' };

type Handler = (request: ApiRequest, call: CallRecord, params: Record<string, string>) => Promise<ApiResponse>;
type Route = {
  /** Segments of the path; ":name" matches one segment, handed to the handler still percent-encoded. */
  pattern: string;
  isFhir: boolean;
  methods: Partial<Record<"GET" | "POST", Handler>>;
};

/** FHIR formats this API can answer in (R4 _format values and media types): JSON only. */
const FHIR_JSON_FORMATS = new Set(["json", "application/json", "application/fhir+json", "*/*", "application/*"]);

/**
 * Asking for XML (or anything but JSON), by _format or Accept, is refused with 406 rather than
 * answered in JSON as if it had been asked for. _format wins over Accept (R4 http.html#mime-type).
 */
function refuseUnservedFhirFormat(request: ApiRequest): void {
  const format = singleParam(request.query, "_format");
  if (format !== undefined) {
    if (!FHIR_JSON_FORMATS.has(format.split(";")[0]!.trim().toLowerCase())) {
      throw appError("NOT_ACCEPTABLE", `This server answers in JSON only (_format=json or application/fhir+json), not ${format}.`);
    }
    return;
  }
  const accept = request.header("accept");
  if (!accept || !accept.trim()) return;
  const acceptable = accept.split(",").some((range) => {
    const [type, ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith("q="));
    return FHIR_JSON_FORMATS.has(type!) && (!q || Number(q.slice(2)) > 0);
  });
  if (!acceptable) throw appError("NOT_ACCEPTABLE", `This server answers in JSON only (Accept: application/fhir+json), not ${accept}.`);
}

// The Location is always one slash then the path: leading slashes and backslashes are collapsed, so a
// target such as `//evil.example/` or `/\\evil.example/` can never become a redirect to another host.
function redirectWithoutSlash(request: ApiRequest, requestId: string): ApiResponse {
  const path = `/${request.path.replace(/^[/\\]+/, "").replace(/\/+$/, "")}`;
  const location = `${path}${request.query.size ? `?${request.query}` : ""}`;
  return json(308, { location }, "application/json", { location, "x-request-id": requestId });
}

function matchRoute(routes: readonly Route[], path: string): { route: Route; params: Record<string, string> } | null {
  const segments = path.split("/");
  for (const route of routes) {
    const pattern = route.pattern.split("/");
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const isMatch = pattern.every((part, i) => {
      if (part.startsWith(":")) {
        params[part.slice(1)] = segments[i]!;
        return segments[i] !== "";
      }
      return part === segments[i];
    });
    if (isMatch) return { route, params };
  }
  return null;
}

/** One process's own per-client limit, for tests that give the API a store of their own. */
function memoryLimiter(pointsPerSecond: number): SharedLimiter {
  return asSharedLimiter(new RateLimiterMemory({ points: pointsPerSecond, duration: 1 }));
}

export function createConsentApi(options: ConsentApiOptions) {
  const { store, logger, failedKeyLimiter } = options;
  const clientCacheMs = options.clientCacheMs ?? 1_000;
  const clientCache = new BoundedCache<string, { client: StoredApiClient | null; at: number }>(options.clientCacheMaxEntries ?? 10_000);
  const lastTouched = new Map<string, number>();
  const limiter = options.clientRateLimiter ?? memoryLimiter(options.rateLimitPerSecond);
  const baseUrl = (options.baseUrl ?? getEnv().SITE_URL).replace(/\/+$/, "");

  async function lookupClient(prefix: string): Promise<StoredApiClient | null> {
    const cached = clientCache.get(prefix);
    if (cached && Date.now() - cached.at < clientCacheMs) return cached.client;
    const client = await store.findApiClient(prefix);
    clientCache.set(prefix, { client, at: Date.now() });
    return client;
  }

  function tooManyFailures(waitMs: number) {
    return appError("RATE_LIMITED", "Too many requests with API keys that were not accepted. Wait, then send a valid key.", {
      headers: { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))) },
    });
  }

  /** A key that failed: counted against the caller's address; past the limit the answer is 429, not 401. */
  async function refuseKey(request: ApiRequest, detail: string): Promise<never> {
    const waitMs = (await failedKeyLimiter?.recordFailure(request.clientAddress)) ?? 0;
    if (waitMs > 0) throw tooManyFailures(waitMs);
    throw appError("UNAUTHENTICATED", detail, { headers: UNAUTHENTICATED_HEADERS });
  }

  async function authenticate(request: ApiRequest, scope: ApiScope, call: CallRecord): Promise<AuthenticatedClient> {
    const key = bearerToken(request.header("authorization"));
    if (!key) throw appError("UNAUTHENTICATED", "Send the API key as Authorization: Bearer <key>.", { headers: UNAUTHENTICATED_HEADERS });
    // An address that has sent too many bad keys is refused before its key is even looked up.
    const blockedMs = failedKeyLimiter?.blockedFor(request.clientAddress) ?? 0;
    if (blockedMs > 0) throw tooManyFailures(blockedMs);
    const parsed = parseApiKey(key);
    const stored = parsed ? await lookupClient(parsed.prefix) : null;
    if (!stored || !isKeyMatch(key, stored.keyHash)) return refuseKey(request, "The API key is not recognised.");
    if (stored.revokedAt) return refuseKey(request, "The API key has been revoked.");
    const client = { id: stored.id, name: stored.name, scopes: stored.scopes };
    call.client = client;
    if (!stored.scopes.includes(scope)) throw appError("FORBIDDEN", `The API key does not have the ${scope} scope.`);
    const allowance = await limiter.consume(stored.id);
    if (!allowance.isAllowed) {
      const seconds = String(Math.max(1, Math.ceil(allowance.msBeforeNext / 1000)));
      throw appError("RATE_LIMITED", `More than ${options.rateLimitPerSecond} requests a second. Slow down.`, { headers: { "retry-after": seconds } });
    }
    // Recorded at most once a minute per client: a write per call would cost more than the call.
    const now = Date.now();
    if ((lastTouched.get(stored.id) ?? 0) < now - 60_000) {
      lastTouched.set(stored.id, now);
      void store.touchApiClient(stored.id, new Date(now)).catch(() => lastTouched.delete(stored.id));
    }
    return client;
  }

  function invalidNhsNumber(problem: keyof typeof NHS_NUMBER_ERRORS) {
    return appError("INVALID_NHS_NUMBER", NHS_NUMBER_ERRORS[problem]);
  }

  const single: Handler = async (request, call, params) => {
    await authenticate(request, "consent:read", call);
    let value: string;
    try {
      value = decodeURIComponent(params.nhsNumber!);
    } catch {
      throw appError("BAD_REQUEST", "The NHS number in the path is not valid percent-encoding.");
    }
    const parsed = parseNhsNumber(value);
    call.nhsNumbers = [value];
    if (!parsed.ok) throw invalidNhsNumber(parsed.problem);
    call.nhsNumbers = [parsed.nhsNumber];
    const { consent, position } = await store.findConsentAsOf(parsed.nhsNumber);
    const answer = toAnswer(parsed.nhsNumber, consent);
    call.answers = [answer.status];
    return json(200, { ...answer, asOf: asOf(position) });
  };

  const batch: Handler = async (request, call) => {
    await authenticate(request, "consent:read", call);
    const contentType = request.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) throw appError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
    const body = await request.readBody();
    if (body === "too-large") throw appError("TOO_LARGE", `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      throw appError("BAD_REQUEST", "The body is not valid JSON.");
    }
    const count = Array.isArray((payload as { nhsNumbers?: unknown })?.nhsNumbers) ? (payload as { nhsNumbers: unknown[] }).nhsNumbers.length : 0;
    if (count > MAX_BATCH_SIZE) throw appError("TOO_LARGE", `At most ${MAX_BATCH_SIZE} NHS numbers in one request; this had ${count}.`);
    const parsedBody = batchCheckRequestSchema.safeParse(payload);
    if (!parsedBody.success) {
      throw appError("BAD_REQUEST", `The body must be {"nhsNumbers": [...]} with 1 to ${MAX_BATCH_SIZE} strings: ${parsedBody.error.issues[0]?.message ?? "invalid"}.`);
    }
    const items = parsedBody.data.nhsNumbers.map((value) => ({ value, parsed: parseNhsNumber(value) }));
    const valid = [...new Set(items.flatMap((item) => (item.parsed.ok ? [item.parsed.nhsNumber] : [])))];
    // Asked even when no value is valid: the answer still says which register position it reflects.
    const { consents: found, position } = await store.findConsentsAsOf(valid);
    const results: (ConsentAnswerBody | InvalidAnswerBody)[] = items.map(({ value, parsed }) =>
      parsed.ok
        ? toAnswer(parsed.nhsNumber, found.get(parsed.nhsNumber))
        : { nhsNumber: value, status: "invalid", shareable: false, error: NHS_NUMBER_ERRORS[parsed.problem] },
    );
    call.nhsNumbers = items.map(({ value, parsed }) => (parsed.ok ? parsed.nhsNumber : value));
    call.answers = results.map((r) => r.status);
    return json(200, { results, asOf: asOf(position) });
  };

  const changes: Handler = async (request, call) => {
    await authenticate(request, "consent:changes", call);
    const query = changesQuerySchema.safeParse({ since: singleParam(request.query, "since"), limit: singleParam(request.query, "limit") });
    if (!query.success) throw appError("BAD_REQUEST", `limit must be a whole number from 1 to ${MAX_CHANGES_PAGE}.`);
    const start = decodeCursor(query.data.since);
    // A cursor from a primary read may be ahead of a replica's position: the store then asks the primary.
    const position = await store.readPosition(start.seq);
    if (start.epoch !== null && start.epoch !== position.epoch) {
      throw appError(
        "FEED_CURSOR_GONE",
        "This cursor is from another epoch of the register: it has been restored or recreated since the cursor was given out, so changes may have been lost or renumbered. Resynchronise: read the feed again from since=0.",
      );
    }
    if (start.seq > position.lastSeq) {
      throw appError(
        "FEED_CURSOR_GONE",
        `This cursor is ahead of the register, whose last change is number ${position.lastSeq}: the register may have been restored to an earlier point. Resynchronise: read the feed again from since=0.`,
      );
    }
    const after = start.seq;
    // One more than asked tells whether more are waiting, without a second query.
    const rows = await store.listChanges(after, query.data.limit + 1);
    const page = rows.slice(0, query.data.limit);
    const last = page.at(-1)?.seq ?? after;
    const hasMore = rows.length > query.data.limit;
    call.nhsNumbers = page.map((c) => c.nhsNumber);
    call.answers = page.map((c) => (c.status === "OPTED_OUT" ? "opted-out" : "participating"));
    // Caught up: wait before asking again; more waiting: ask again at once.
    const pollAfterSeconds = hasMore ? 0 : FEED_POLL_AFTER_SECONDS;
    const response = json(200, {
      changes: page.map((change) => ({
        seq: Number(change.seq),
        ...toAnswer(change.nhsNumber, change),
        changedAt: change.changedAt.toISOString(),
        withdrawal: change.withdrawnAt ? { reason: change.withdrawalReason ?? "", effectiveAt: change.withdrawnAt.toISOString() } : null,
      })),
      nextCursor: encodeCursor(position.epoch, last),
      hasMore,
      pollAfterSeconds,
    });
    const etag = entityTag(response.body);
    response.headers.etag = etag;
    response.headers["retry-after"] = String(pollAfterSeconds);
    // Nothing new since the page the consumer already holds: no body, the same validator and hint.
    if (isNoneMatch(request.header("if-none-match"), etag)) {
      return { status: 304, headers: { "cache-control": response.headers["cache-control"]!, etag, "retry-after": String(pollAfterSeconds) }, body: "" };
    }
    return response;
  };

  // GET /api/v1/consent/snapshot (docs/decisions/022): every non-default state, as NDJSON, in one
  // REPEATABLE READ snapshot whose feed cursor is the first line and whose last line says it is complete.
  const snapshot: Handler = async (request, call) => {
    await authenticate(request, "consent:changes", call);
    const isGzip = acceptsGzip(request.header("accept-encoding"));
    const headers: Record<string, string> = {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      vary: "Accept-Encoding",
      ...(isGzip ? { "content-encoding": "gzip" } : {}),
    };
    // HEAD: the headers only, without opening a transaction.
    if (request.method === "HEAD") return { status: 200, headers, body: "" };
    // Opened before the answer starts, so a register that cannot be read is a 503 problem, not a broken stream.
    const opened = await store.openSnapshot(options.snapshotBatchSize);
    const lines = Readable.from(snapshotLines(opened), { objectMode: false, highWaterMark: 1 });
    // Whoever stops reading (the caller went away, the mount destroyed the stream) ends the transaction.
    lines.once("close", () => void opened.close().catch(() => undefined));
    if (!isGzip) return { status: 200, headers, body: "", stream: lines };
    const gzip = createGzip();
    lines.once("error", (error) => gzip.destroy(error));
    gzip.once("close", () => lines.destroy());
    return { status: 200, headers, body: "", stream: lines.pipe(gzip) };
  };

  const fhirConsent: Handler = async (request, call) => {
    await authenticate(request, "consent:read", call);
    const colon = singleParam(request.query, "patient:identifier");
    const chained = singleParam(request.query, "patient.identifier");
    if (colon !== undefined && chained !== undefined) throw appError("BAD_REQUEST", "Give patient:identifier or patient.identifier, not both.");
    const identifier = colon ?? chained;
    if (!identifier) throw appError("BAD_REQUEST", `Search by patient:identifier=${NHS_NUMBER_SYSTEM}|<NHS number>.`);
    const bar = identifier.indexOf("|");
    const system = bar >= 0 ? identifier.slice(0, bar) : "";
    if (system !== NHS_NUMBER_SYSTEM) throw appError("BAD_REQUEST", `The identifier system must be ${NHS_NUMBER_SYSTEM}.`);
    const value = identifier.slice(bar + 1);
    const parsed = parseNhsNumber(value);
    call.nhsNumbers = [value];
    // A FHIR search parameter that cannot be used is a 400 (R4 RESTful search), with the specific reason.
    if (!parsed.ok) throw appError("BAD_REQUEST", NHS_NUMBER_ERRORS[parsed.problem]);
    call.nhsNumbers = [parsed.nhsNumber];
    const statusParam = singleParam(request.query, "status");
    const statuses = statusParam === undefined ? undefined : statusParam.split(",");
    if (statuses?.some((status) => !(CONSENT_STATUSES as readonly string[]).includes(status))) {
      throw appError("BAD_REQUEST", `status must be one or more of ${CONSENT_STATUSES.join(", ")}, separated by commas.`);
    }
    const countParam = singleParam(request.query, "_count");
    if (countParam !== undefined && !/^(0|[1-9][0-9]?|100)$/.test(countParam)) throw appError("BAD_REQUEST", "_count must be a whole number from 0 to 100.");
    const count = countParam === undefined ? undefined : Number(countParam);
    const stored = await store.findConsent(parsed.nhsNumber);
    call.answers = [toAnswer(parsed.nhsNumber, stored).status];
    // The self link names only the parameters honoured, normalised (R4: the search as the server understood it).
    const self = new URLSearchParams({ "patient:identifier": `${NHS_NUMBER_SYSTEM}|${parsed.nhsNumber}` });
    if (statuses) self.set("status", statuses.join(","));
    if (count !== undefined) self.set("_count", String(count));
    const bundle = buildConsentBundle({ nhsNumber: parsed.nhsNumber, stored, baseUrl, selfUrl: `${baseUrl}/fhir/Consent?${self}`, count, statuses });
    return json(200, bundle, FHIR_CONTENT_TYPE);
  };

  const fhirRead: Handler = async (request, call, params) => {
    await authenticate(request, "consent:read", call);
    const id = params.id!;
    const notFound = () => appError("NOT_FOUND", "No Consent in force has this id. A person's Consent gets a new id when they make a new decision: search by patient:identifier for the current one.");
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw notFound();
    const found = await store.findConsentByDecisionId(id);
    if (!found || !isInForce(found.consent)) throw notFound();
    call.nhsNumbers = [found.nhsNumber];
    call.answers = [toAnswer(found.nhsNumber, found.consent).status];
    return json(200, consentResource(found.nhsNumber, found.consent), FHIR_CONTENT_TYPE);
  };

  // Every route the API answers. Exact paths come before the one with a parameter.
  const ROUTES: readonly Route[] = [
    { pattern: "/api/v1/consent/check", isFhir: false, methods: { POST: batch } },
    { pattern: "/api/v1/consent/changes", isFhir: false, methods: { GET: changes } },
    { pattern: "/api/v1/consent/snapshot", isFhir: false, methods: { GET: snapshot } },
    { pattern: "/api/v1/consent/:nhsNumber", isFhir: false, methods: { GET: single } },
    { pattern: "/api/v1/openapi.json", isFhir: false, methods: { GET: async () => json(200, buildOpenApiDocument(baseUrl)) } },
    { pattern: "/fhir/metadata", isFhir: true, methods: { GET: async () => json(200, buildCapabilityStatement(baseUrl), FHIR_CONTENT_TYPE) } },
    { pattern: "/fhir/Consent", isFhir: true, methods: { GET: fhirConsent } },
    { pattern: "/fhir/Consent/:id", isFhir: true, methods: { GET: fhirRead } },
  ];

  function problemResponse(error: unknown, requestId: string, isFhir: boolean): ApiResponse {
    const problem = toProblem(error, requestId);
    const headers = { "x-request-id": requestId, ...problem.headers };
    if (isFhir) return json(problem.status, operationOutcome(problem.status, problem.body.detail, requestId), FHIR_CONTENT_TYPE, headers);
    return json(problem.status, problem.body, "application/problem+json", headers);
  }

  async function route(request: ApiRequest, call: CallRecord, matched: ReturnType<typeof matchRoute>): Promise<ApiResponse> {
    if (!matched) throw appError("NOT_FOUND", `There is nothing at ${request.path}.`);
    const method = request.method === "HEAD" ? "GET" : request.method;
    const handler = matched.route.methods[method as keyof Route["methods"]];
    if (!handler) {
      const methods = Object.keys(matched.route.methods);
      const allowed = (methods.includes("GET") ? [...methods, "HEAD"] : methods).join(", ");
      throw appError("METHOD_NOT_ALLOWED", `Use ${allowed} here.`, { headers: { allow: allowed } });
    }
    if (matched.route.isFhir) refuseUnservedFhirFormat(request);
    return handler(request, call, matched.params);
  }

  return async function handle(request: ApiRequest): Promise<ApiResponse> {
    const started = performance.now();
    const incoming = request.header("x-request-id");
    const requestId = incoming && /^[A-Za-z0-9._-]{8,100}$/.test(incoming) ? incoming : randomUUID();
    const call: CallRecord = { requestId };
    const matched = matchRoute(ROUTES, request.path);
    const isFhir = matched?.route.isFhir ?? request.path.startsWith("/fhir");
    let response: ApiResponse;
    let error: unknown;
    try {
      // A trailing slash is redirected to the address without it, whatever the path and method, as the
      // site (Next.js, trailingSlash off) does: 308 keeps the method and body. Nothing else is done.
      if (request.path.length > 1 && request.path.endsWith("/")) response = redirectWithoutSlash(request, requestId);
      else response = await route(request, call, matched);
      response.headers["x-request-id"] = requestId;
    } catch (caught) {
      error = caught;
      response = problemResponse(caught, requestId, isFhir);
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
      // A refusal the client caused is not an error of ours: only server-side failures carry a cause.
      error: error && !(isAppError(error) && error.httpStatus < 500) ? describeError(error) : undefined,
    });
    return response;
  };
}

export type ConsentApiHandler = ReturnType<typeof createConsentApi>;
