/**
 * Expected failures carry a status and a message meant for the user (an i18n key such
 * as "errors.notFound", or plain text); anything else is
 * a bug: logged in full, shown as a generic message (lib/api/route.ts, lib/actions).
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "errors.unauthorized") {
    super(message, 401, "unauthorized");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "errors.forbidden") {
    super(message, 403, "forbidden");
  }
}

/** Also what a record of another team looks like: never reveal that it exists. */
export class NotFoundError extends AppError {
  constructor(message = "errors.notFound") {
    super(message, 404, "not_found");
  }
}

export class ValidationError extends AppError {
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}, status = 422) {
    super(message, status, "invalid_input", { fieldErrors });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 409, "conflict", details);
  }
}

export class RuleViolationError extends AppError {
  constructor(message: string, rule: string) {
    super(message, 422, "rule_violation", { rule });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(`Request body is larger than the ${Math.round(limitBytes / 1024)} KiB limit.`, 413, "payload_too_large", { limitBytes });
  }
}
