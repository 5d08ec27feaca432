import { describe, expect, it } from 'vitest';
import { baselineVersion, nextVersion, versionInForce, type VersionLike } from './versions';

const v = (version: number, status: VersionLike['status'], from: string | null, to: string | null = null): VersionLike =>
  ({ id: `v${version}`, version, status, effective_from: from, effective_to: to });

describe('versions', () => {
  const versions = [v(1, 'published', '2026-01-01', '2026-12-31'), v(2, 'published', '2027-01-01'), v(3, 'retired', '2027-01-01'), v(4, 'draft', null)];

  it('find the published version in force on a day', () => {
    expect(versionInForce(versions, '2026-06-30')?.version).toBe(1);
    expect(versionInForce(versions, '2027-01-01')?.version).toBe(2);
    expect(versionInForce(versions, '2025-12-31')).toBeUndefined();
  });

  it('fall back to the latest published version when none is in force', () => {
    expect(baselineVersion(versions, '2025-01-01')?.version).toBe(2);
    expect(baselineVersion([v(1, 'draft', null)], '2025-01-01')).toBeUndefined();
  });

  it('number a new draft one above the highest version', () => {
    expect(nextVersion(versions)).toBe(5);
    expect(nextVersion([])).toBe(1);
  });
});
