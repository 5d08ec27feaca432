// Request parsing with GoTrue's answers for bad input: `bad_json` for unreadable bodies or wrongly typed fields.
import type http from 'node:http';
import { AuthError, badRequest, unauthorized } from './errors.js';

export type JsonObject = Record<string, unknown>;

const BODY_LIMIT = 64 * 1024;

const tooLarge = () => new AuthError(413, 'validation_failed', `Request body is larger than ${BODY_LIMIT / 1024} KB`);

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT) {
      req.resume(); // drain, so the error response still reaches the client
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) reject(tooLarge());
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads a JSON object body. `allowEmpty` is for endpoints where GoTrue only parses a body if one was sent. */
export async function readJsonObject(req: http.IncomingMessage, { allowEmpty = false } = {}): Promise<JsonObject> {
  const text = (await readBody(req)).toString('utf8');
  if (allowEmpty && text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw badRequest('bad_json', `Could not parse request body as JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('bad_json', 'Could not parse request body as JSON: expected a JSON object');
  }
  return parsed as JsonObject;
}

function wrongType(key: string, expected: string): AuthError {
  return badRequest('bad_json', `Could not parse request body as JSON: "${key}" must be ${expected}`);
}

/** Like Go's JSON decoding into GoTrue's param structs, a missing or null field reads as absent. */
export function optionalString(body: JsonObject, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw wrongType(key, 'a string');
  return v;
}

export function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw wrongType(key, 'a boolean');
  return v;
}

export function optionalObject(body: JsonObject, key: string): JsonObject | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw wrongType(key, 'an object');
  return v as JsonObject;
}

export function bearerToken(req: http.IncomingMessage): string {
  const match = /^[Bb]earer (\S+)$/.exec(req.headers.authorization ?? '');
  if (!match?.[1]) throw unauthorized('no_authorization', 'This endpoint requires a Bearer token');
  return match[1];
}
