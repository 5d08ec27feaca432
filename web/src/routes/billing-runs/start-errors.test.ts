import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { startErrorMessage } from './start-errors';

const answer = (status: number, body: string) => new FunctionsHttpError(new Response(body, { status, headers: { 'content-type': 'application/json' } }));

describe('why a run did not start', () => {
  it("is the function's own message", async () => {
    const text = 'a billing run for this project is already running (period 2030-01-01 – 2030-03-31, …); wait for it to finish';
    expect(await startErrorMessage(answer(409, JSON.stringify({ code: '55P03', message: text })), 'zh-CN')).toBe(text);
    expect(await startErrorMessage(answer(400, JSON.stringify({ code: 'BAD_REQUEST', message: 'asOf must be a date YYYY-MM-DD' })), 'en')).toBe('asOf must be a date YYYY-MM-DD');
  });

  it('falls back to the HTTP status when the answer has no message', async () => {
    expect(await startErrorMessage(answer(502, 'Bad gateway'), 'en')).toBe('HTTP 502');
  });

  it('says the server could not be reached in the console language', async () => {
    expect(await startErrorMessage(new FunctionsFetchError(new TypeError('fetch failed')), 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
  });
});
