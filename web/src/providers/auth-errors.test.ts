import { describe, expect, it } from 'vitest';
import { classifyLoginError } from './auth-errors';

describe('classifyLoginError', () => {
  it('recognises a wrong email or password however the server words it', () => {
    expect(classifyLoginError({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' })).toBe(
      'invalidCredentials',
    );
    expect(classifyLoginError({ status: 400, message: 'Invalid login credentials' })).toBe('invalidCredentials');
    expect(classifyLoginError({ status: 400, message: 'invalid_grant' })).toBe('invalidCredentials');
  });

  it('recognises an unreachable auth service', () => {
    expect(classifyLoginError({ name: 'AuthRetryableFetchError', status: 0, message: 'Failed to fetch' })).toBe('network');
  });

  it('recognises a login that was switched off', () => {
    expect(classifyLoginError({ status: 400, code: 'user_banned', message: 'User is banned' })).toBe('banned');
    expect(classifyLoginError({ status: 400, message: 'User is banned' })).toBe('banned');
  });

  it('leaves other failures to the server message', () => {
    expect(classifyLoginError({ status: 400, code: 'email_not_confirmed', message: 'Email not confirmed' })).toBe('other');
  });
});
