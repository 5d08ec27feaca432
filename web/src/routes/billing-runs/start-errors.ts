// Why a run did not start, for the person who asked. supabase-js hands a non-2xx answer of the function over as a
// FunctionsHttpError whose `context` is the Response; its JSON `message` already says what to do (the run
// already going for 409, the field of a bad request for 400).
import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js';
import { translate } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';

export async function startErrorMessage(error: unknown, locale: Locale): Promise<string> {
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    return typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`;
  }
  if (error instanceof FunctionsFetchError) return translate(locale, 'dbErrors.network');
  return error instanceof Error ? error.message : String(error);
}
