// Why a function (billing run, dunning run, a new colleague's login) did not do what was asked, for the person
// who asked. supabase-js hands a non-2xx answer over as a FunctionsHttpError whose `context` is the Response; its
// JSON `message` already says what to do (the run already going for 409, the field of a bad request for 400).
// `byCode` puts a known refusal in the console's language instead.
import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js';
import { translate } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';

export async function functionErrorMessage(error: unknown, locale: Locale, byCode: Readonly<Record<string, string>> = {}): Promise<string> {
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
    if (typeof body?.code === 'string' && Object.hasOwn(byCode, body.code)) return byCode[body.code]!;
    return typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`;
  }
  if (error instanceof FunctionsFetchError) return translate(locale, 'dbErrors.network');
  return error instanceof Error ? error.message : String(error);
}
