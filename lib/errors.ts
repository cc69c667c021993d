// One error type for the domain. Domain code throws it; only route handlers and
// server actions translate it for people, so internal detail never leaks.

export const ERROR_STATUS = {
  VALIDATION_FAILED: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  REGISTER_UNAVAILABLE: 503,
  CONFIGURATION: 500,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show a resident, member of staff or API client. */
  readonly userMessage: string;
  readonly details?: Record<string, unknown>;

  constructor(options: {
    code: ErrorCode;
    message: string;
    userMessage?: string;
    details?: Record<string, unknown>;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = "AppError";
    this.code = options.code;
    this.userMessage = options.userMessage ?? DEFAULT_USER_MESSAGES[options.code];
    this.details = options.details;
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }
}

const DEFAULT_USER_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: "Some of the information given is not valid.",
  NOT_FOUND: "We could not find what you asked for.",
  CONFLICT: "This has already been changed. Reload and try again.",
  UNAUTHENTICATED: "You need to sign in.",
  FORBIDDEN: "You do not have permission to do this.",
  TOO_LARGE: "What was sent is too large.",
  UNSUPPORTED_MEDIA_TYPE: "What was sent is not in a form this service accepts.",
  REGISTER_UNAVAILABLE: "The consent register cannot be read right now. Try again shortly.",
  CONFIGURATION: "The service is not set up correctly.",
  INTERNAL: "Something went wrong.",
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
