import type { FormatContext } from './types';

/** A format context with visible, language-neutral labels, for tests of pure field code. */
export const testFormatContext: FormatContext = {
  locale: 'zh-CN',
  enumLabel: (name, value) => `${name}:${value}`,
  booleanLabel: (value) => (value ? 'Y' : 'N'),
};
