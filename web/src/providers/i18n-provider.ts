import type { I18nProvider } from '@refinedev/core';
import { DICTIONARIES, lookup, type MessageParams } from '../i18n/dictionary';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * refine's i18n bridge for one language. refine calls translate(key, params, fallback) and also
 * translate(key, fallback); a missing key yields the fallback, else the key itself.
 */
export function createI18nProvider(locale: Locale, changeLocale: (locale: Locale) => void): I18nProvider {
  return {
    translate(key: string, paramsOrFallback?: unknown, fallback?: string) {
      const params = typeof paramsOrFallback === 'object' && paramsOrFallback !== null
        ? (paramsOrFallback as MessageParams)
        : undefined;
      const defaultMessage = typeof paramsOrFallback === 'string' ? paramsOrFallback : fallback;
      return lookup(DICTIONARIES[locale], key, params) ?? defaultMessage ?? key;
    },
    changeLocale(next: string) {
      if (isLocale(next)) changeLocale(next);
    },
    getLocale: () => locale,
  };
}
