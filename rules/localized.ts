/** Every text a person reads exists in Simplified Chinese first and English second. */
export interface Localized {
  'zh-CN': string;
  en: string;
}
export type Locale = keyof Localized;
