// publish_policy's refusals in words an office reads (it raises them in English; see the lifecycle migration).
import type { TranslationKey } from '../../../i18n/dictionary';

const PATTERNS: ReadonlyArray<readonly [RegExp, TranslationKey]> = [
  [/effective date is required/i, 'policies.publish.errors.dateRequired'],
  [/note saying what changed is required/i, 'policies.publish.errors.noteRequired'],
  [/is (published|retired) already/i, 'policies.publish.errors.notDraft'],
  [/not found, or you may not publish|you may not publish/i, 'policies.publish.errors.forbidden'],
  [/policies_published_start_idx/i, 'policies.publish.errors.sameDay'],
];

/** The dictionary key of a known refusal, or undefined for anything else (shown as a database error). */
export function publishErrorKey(error: unknown): TranslationKey | undefined {
  const message = typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);
  return PATTERNS.find(([pattern]) => pattern.test(message))?.[1];
}
