import { describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from './i18n-provider';

describe('createI18nProvider', () => {
  it('translates refine keys with parameters in the chosen language', () => {
    expect(createI18nProvider('zh-CN', () => undefined).translate('notifications.createSuccess', { resource: '房屋' })).toBe(
      '已新建房屋',
    );
    expect(createI18nProvider('en', () => undefined).translate('buttons.save')).toBe('Save');
  });

  it('falls back to the given default, then to the key, for unknown keys', () => {
    const provider = createI18nProvider('en', () => undefined);
    expect(provider.translate('pages.nope', 'Fallback')).toBe('Fallback');
    expect(provider.translate('pages.nope', { a: 1 }, 'Fallback')).toBe('Fallback');
    expect(provider.translate('pages.nope')).toBe('pages.nope');
  });

  it('reports its language and accepts only supported ones', () => {
    const change = vi.fn();
    const provider = createI18nProvider('zh-CN', change);
    expect(provider.getLocale()).toBe('zh-CN');
    provider.changeLocale('fr');
    provider.changeLocale('en');
    expect(change).toHaveBeenCalledExactlyOnceWith('en');
  });
});
