import { translate } from '../i18n/dictionary';
import { LOCALES } from '../i18n/locales';

/** Shown instead of the console when the build lacks the backend settings; in both languages. */
export function MissingEnv({ missing }: { readonly missing: readonly string[] }) {
  return (
    <main role="alert" style={{ maxWidth: 640, margin: '15vh auto', padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      {LOCALES.map((locale) => (
        <section key={locale} lang={locale} style={{ marginBottom: 32 }}>
          <h1 style={{ fontSize: 22 }}>{translate(locale, 'env.title')}</h1>
          <p>{translate(locale, 'env.description', { names: missing.join(', ') })}</p>
        </section>
      ))}
    </main>
  );
}
