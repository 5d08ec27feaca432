import { describe, expect, it } from 'vitest';
import { policyRights, seesTemplates } from './permissions';

describe('policy rights', () => {
  it('let the office manager and HQ admin write and publish project versions', () => {
    expect(policyRights(['manager'], 'project')).toEqual({ create: true, edit: true, delete: true, publish: true });
    expect(policyRights(['hq_admin'], 'project').publish).toBe(true);
    for (const role of ['finance', 'cashier', 'agent', 'hq_analyst'] as const) {
      expect(policyRights([role], 'project')).toEqual({ create: false, edit: false, delete: false, publish: false });
    }
  });

  it('keep templates to HQ admin', () => {
    expect(policyRights(['manager'], 'template').publish).toBe(false);
    expect(policyRights(['hq_admin'], 'template').edit).toBe(true);
    expect(seesTemplates(['hq_analyst'])).toBe(true);
    expect(seesTemplates(['manager', 'finance'])).toBe(false);
  });
});
