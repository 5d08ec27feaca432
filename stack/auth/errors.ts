// GoTrue's error responses. supabase-js always sends `X-Supabase-Api-Version: 2024-01-01` and then reads
// `{ code, message }`; older clients get the legacy `{ code: <status>, error_code, msg }`. GoTrue picks the
// shape from that header and echoes it back, so this does too.
import type http from 'node:http';
import { sendJson } from '../gateway.js';

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    /** Extra top-level fields (GoTrue's `weak_password`). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export const badRequest = (code: string, msg: string) => new AuthError(400, code, msg);
export const unauthorized = (code: string, msg: string) => new AuthError(401, code, msg);
export const forbidden = (code: string, msg: string) => new AuthError(403, code, msg);
export const notFound = (code: string, msg: string) => new AuthError(404, code, msg);
export const unprocessable = (code: string, msg: string) => new AuthError(422, code, msg);

export const INVALID_LOGIN = 'Invalid login credentials';

const API_VERSION_HEADER = 'x-supabase-api-version';
const API_VERSION_2024 = '2024-01-01';

function usesApiVersion2024(req: http.IncomingMessage): boolean {
  const v = req.headers[API_VERSION_HEADER];
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= API_VERSION_2024;
}

export function sendError(req: http.IncomingMessage, res: http.ServerResponse, err: AuthError): void {
  if (usesApiVersion2024(req)) {
    sendJson(res, err.status, { code: err.errorCode, message: err.message, ...err.extra }, { [API_VERSION_HEADER]: API_VERSION_2024 });
  } else {
    sendJson(res, err.status, { code: err.status, error_code: err.errorCode, msg: err.message, ...err.extra });
  }
}
