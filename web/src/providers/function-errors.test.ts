import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { functionErrorMessage } from './function-errors';

const answer = (status: number, body: string) => new FunctionsHttpError(new Response(body, { status, headers: { 'content-type': 'application/json' } }));

describe('why a function did not do what was asked', () => {
  it("is the function's own message", async () => {
    const text = 'a billing run for this project is already running (period 2030-01-01 – 2030-03-31, …); wait for it to finish';
    expect(await functionErrorMessage(answer(409, JSON.stringify({ code: '55P03', message: text })), 'zh-CN')).toBe(text);
    expect(await functionErrorMessage(answer(400, JSON.stringify({ code: 'BAD_REQUEST', message: 'asOf must be a date YYYY-MM-DD' })), 'en')).toBe('asOf must be a date YYYY-MM-DD');
  });

  it('is the console’s own words for a refusal it knows by code', async () => {
    const taken = answer(409, JSON.stringify({ code: 'EMAIL_EXISTS', message: 'x@y.cn already has a login' }));
    expect(await functionErrorMessage(taken, 'zh-CN', { EMAIL_EXISTS: '该邮箱已有账号' })).toBe('该邮箱已有账号');
    const other = answer(403, JSON.stringify({ code: '42501', message: 'you may not give the post manager' }));
    expect(await functionErrorMessage(other, 'zh-CN', { EMAIL_EXISTS: '该邮箱已有账号' })).toBe('you may not give the post manager');
  });

  it('falls back to the HTTP status when the answer has no message', async () => {
    expect(await functionErrorMessage(answer(502, 'Bad gateway'), 'en')).toBe('HTTP 502');
  });

  it('says the server could not be reached in the console language', async () => {
    expect(await functionErrorMessage(new FunctionsFetchError(new TypeError('fetch failed')), 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
  });
});
