import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { translate, type MessageParams, type TranslationKey } from './dictionary';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

const STORAGE_KEY = 'feegrid.locale';
const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function readStoredLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<() => void>();

function apply(locale: Locale): void {
  current = locale;
  // Set before React re-renders so date pickers and formatters already use the new language.
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
}

apply(readStoredLocale());

/**
 * The console language, shared by React (via useSyncExternalStore) and by code outside React
 * (data and auth providers translate their error messages when they happen).
 */
export const localeStore = {
  get: (): Locale => current,
  set(locale: Locale): void {
    if (locale === current) return;
    localStorage.setItem(STORAGE_KEY, locale);
    apply(locale);
    listeners.forEach((notify) => notify());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Translates in the current language, for code outside React. */
export function t(key: TranslationKey, params?: MessageParams): string {
  return translate(localeStore.get(), key, params);
}
