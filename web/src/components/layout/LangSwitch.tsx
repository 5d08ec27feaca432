import { Segmented } from 'antd';
import type { Locale } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';

const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** 中文 / English; each option is written in its own language on purpose. */
export function LangSwitch() {
  const { locale, setLocale } = useI18n();
  return <Segmented<Locale> data-testid="lang-switch" size="small" value={locale} options={OPTIONS} onChange={setLocale} />;
}
