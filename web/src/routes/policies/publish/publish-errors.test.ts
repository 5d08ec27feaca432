import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/dictionary';
import { publishErrorKey } from './publish-errors';

describe('publishErrorKey', () => {
  it('recognises each refusal of publish_policy', () => {
    expect(publishErrorKey({ message: 'a note saying what changed is required to publish a policy' })).toBe('policies.publish.errors.noteRequired');
    expect(publishErrorKey({ message: 'an effective date is required to publish a policy' })).toBe('policies.publish.errors.dateRequired');
    expect(publishErrorKey({ message: 'policy version 3 is published already' })).toBe('policies.publish.errors.notDraft');
    expect(publishErrorKey({ message: 'policy 0a… not found, or you may not publish it' })).toBe('policies.publish.errors.forbidden');
    expect(publishErrorKey({ message: 'you may not publish policy 0a…' })).toBe('policies.publish.errors.forbidden');
    expect(publishErrorKey({ message: 'duplicate key value violates unique constraint "policies_published_start_idx"' })).toBe('policies.publish.errors.sameDay');
    expect(publishErrorKey({ message: 'something else' })).toBeUndefined();
  });

  it('has words for each in both languages', () => {
    for (const key of ['noteRequired', 'dateRequired', 'notDraft', 'forbidden', 'sameDay'] as const) {
      expect(translate('zh-CN', `policies.publish.errors.${key}`)).not.toContain('policies.');
      expect(translate('en', `policies.publish.errors.${key}`)).not.toContain('policies.');
    }
  });
});
