import { useMemo, useSyncExternalStore } from 'react';
import type { EnumName } from '../domain/enums';
import type { FormatContext } from '../fields/types';
import { translate, type MessageParams, type TranslationKey } from './dictionary';
import { localeStore } from './locale-store';
import type { Locale, LocalizedText } from './locales';
import { enumLabel, formatContextFor } from './messages';

export interface I18n {
  readonly locale: Locale;
  readonly t: (key: TranslationKey, params?: MessageParams) => string;
  readonly enumLabel: (name: EnumName, value: string) => string;
  /** Picks the current language's text of a field label or similar. */
  readonly text: (value: LocalizedText) => string;
  readonly format: FormatContext;
  readonly setLocale: (locale: Locale) => void;
}

export function useLocale(): Locale {
  return useSyncExternalStore(localeStore.subscribe, localeStore.get);
}

export function useI18n(): I18n {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      enumLabel: (name, value) => enumLabel(locale, name, value),
      text: (value) => value[locale],
      format: formatContextFor(locale),
      setLocale: localeStore.set,
    }),
    [locale],
  );
}
