// bcrypt, as GoTrue stores passwords in auth.users.encrypted_password. Cost 10 is GoTrue's (Go's bcrypt.DefaultCost),
// so hashes written here and by a hosted project are interchangeable.
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { AuthError, badRequest } from './errors.js';

const COST = 10;
/** GoTrue's default GOTRUE_PASSWORD_MIN_LENGTH. */
const MIN_LENGTH = 6;

export async function hashPassword(password: string): Promise<string> {
  // bcrypt silently ignores bytes past 72; GoTrue refuses such passwords rather than accept a truncated one.
  if (bcrypt.truncates(password)) throw badRequest('validation_failed', 'Password cannot be longer than 72 characters');
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash) return Promise.resolve(false);
  return bcrypt.compare(password, hash);
}

/** For `password_hash` on admin user creation: GoTrue accepts a ready bcrypt hash. */
export function isBcryptHash(hash: string): boolean {
  return /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/.test(hash);
}

/** GoTrue gives users created without a password an unguessable one. */
export function randomPassword(): string {
  return randomBytes(36).toString('base64url');
}

/** GoTrue's strength check for password changes: 422 weak_password with reasons. */
export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_LENGTH) {
    const message = `Password should be at least ${MIN_LENGTH} characters.`;
    throw new AuthError(422, 'weak_password', message, { weak_password: { reasons: ['length'] } });
  }
}
