// One error type for the whole service. Domain code throws AppError with a
// code; only route handlers, server actions, scripts and the API translate it,
// so internal detail never leaks. Each code's HTTP status, title and default
// message for people are stated once, in ERRORS; toProblem() turns any error
// into the API's application/problem+json document (RFC 9457) with a request
// id and never a stack trace or an internal message.

type ErrorDefinition = {
  status: number;
  /** The problem document's title: short, the same for every error of the code. */
  title: string;
  /** Safe to show a resident, member of staff or API client when nothing more specific is given. */
  userMessage: string;
};

export const ERRORS = {
  BAD_REQUEST: { status: 400, title: "Bad request", userMessage: "The request could not be understood." },
  UNAUTHENTICATED: { status: 401, title: "Authentication required", userMessage: "You need to sign in." },
  FORBIDDEN: { status: 403, title: "Forbidden", userMessage: "You do not have permission to do this." },
  NOT_FOUND: { status: 404, title: "Not found", userMessage: "We could not find what you asked for." },
  METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed", userMessage: "This address does not accept that method." },
  NOT_ACCEPTABLE: { status: 406, title: "Not acceptable", userMessage: "This address cannot answer in the format asked for." },
  REQUEST_TIMEOUT: { status: 408, title: "Request timeout", userMessage: "The request took too long to arrive, so it has not been accepted. Try again." },
  CONFLICT: { status: 409, title: "Conflict", userMessage: "This has already been changed. Reload and try again." },
  FEED_CURSOR_GONE: {
    status: 410,
    title: "Feed cursor gone",
    userMessage: "This cursor is not valid for the register as it is now. Resynchronise: read the feed again from since=0.",
  },
  LENGTH_REQUIRED: { status: 411, title: "Length required", userMessage: "Send the request again: its size was missing or could not be read." },
  TOO_LARGE: { status: 413, title: "Request too large", userMessage: "What was sent is too large." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Unsupported media type", userMessage: "What was sent is not in a format this address accepts." },
  HEADERS_TOO_LARGE: { status: 431, title: "Request headers too large", userMessage: "The request's headers are too large." },
  VALIDATION_FAILED: { status: 422, title: "Validation failed", userMessage: "Some of the information given is not valid." },
  INVALID_NHS_NUMBER: { status: 422, title: "Invalid NHS number", userMessage: "The NHS number is not valid." },
  RATE_LIMITED: { status: 429, title: "Too many requests", userMessage: "Too many requests. Wait a little, then try again." },
  CONFIGURATION: { status: 500, title: "Internal error", userMessage: "The service is not set up correctly." },
  INTERNAL: { status: 500, title: "Internal error", userMessage: "Something went wrong." },
  REGISTER_UNAVAILABLE: {
    status: 503,
    title: "The consent register cannot be read",
    userMessage: "The consent register cannot be read right now. Do not share: try again shortly.",
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** How long a client should wait before trying again when the register cannot be read. */
export const REGISTER_RETRY_AFTER_SECONDS = 5;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show a resident, member of staff or API client. */
  readonly userMessage: string;
  readonly details?: Record<string, unknown>;
  /** HTTP headers the answer must carry (Retry-After, Allow, WWW-Authenticate). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: {
    code: ErrorCode;
    /** For logs and operators: may name internals, never shown to a client. */
    message: string;
    userMessage?: string;
    details?: Record<string, unknown>;
    headers?: Record<string, string>;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = "AppError";
    this.code = options.code;
    this.userMessage = options.userMessage ?? ERRORS[options.code].userMessage;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  get httpStatus(): number {
    return ERRORS[this.code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A problem for people and clients: the message is the user message, shown as it is. */
export function appError(code: ErrorCode, userMessage: string, extra: { details?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {}): AppError {
  return new AppError({ code, message: userMessage, userMessage, ...extra });
}

export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
};

export type Problem = { status: number; headers: Record<string, string>; body: ProblemDocument };

const PROBLEM_TYPE_BASE = "https://consent-register.example/problems/";

/** "RATE_LIMITED" → "rate-limited": the problem type's last segment. */
export function problemType(code: ErrorCode): string {
  return `${PROBLEM_TYPE_BASE}${code.toLowerCase().replaceAll("_", "-")}`;
}

/**
 * Any error as the API answers it. An AppError keeps its code's status and
 * its user message; a server-side code (500) and anything that is not an
 * AppError become a 500 that says only to quote the request id, which the
 * server log holds beside the real cause.
 */
export function toProblem(error: unknown, requestId: string): Problem {
  const appErr = isAppError(error) ? error : undefined;
  const code: ErrorCode = appErr?.code ?? "INTERNAL";
  const { status, title } = ERRORS[code];
  const detail = status >= 500 && status !== 503 ? `Something went wrong. Quote request id ${requestId}.` : appErr!.userMessage;
  const headers: Record<string, string> = { ...(appErr?.headers ?? {}) };
  if (code === "REGISTER_UNAVAILABLE") headers["retry-after"] ??= String(REGISTER_RETRY_AFTER_SECONDS);
  return { status, headers, body: { type: problemType(code), title, status, detail, requestId } };
}

/** For logs: the code, the internal message and the cause's message; never shown to a client. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.code}: ${error.message}${cause}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
