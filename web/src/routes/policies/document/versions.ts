// Which policy version is in force on a day, and the rows a list shows in order.

export type PolicyStatus = 'draft' | 'published' | 'retired';

export interface VersionLike {
  readonly id: string;
  readonly version: number;
  readonly status: PolicyStatus;
  readonly effective_from: string | null;
  readonly effective_to: string | null;
}

/** The published version whose dates contain `day` ('YYYY-MM-DD'), if any. */
export function versionInForce<V extends VersionLike>(versions: readonly V[], day: string): V | undefined {
  return versions
    .filter((v) => v.status === 'published' && v.effective_from !== null && v.effective_from <= day && (v.effective_to === null || v.effective_to >= day))
    .sort((a, b) => (a.effective_from! < b.effective_from! ? 1 : -1))[0];
}

/** What a new draft is compared with or copied from by default: in force on `day`, else the latest published. */
export function baselineVersion<V extends VersionLike>(versions: readonly V[], day: string): V | undefined {
  return versionInForce(versions, day)
    ?? versions.filter((v) => v.status === 'published').sort((a, b) => b.version - a.version)[0];
}

/** The next version number of a project (or of the templates): one above the highest. */
export function nextVersion(versions: readonly Pick<VersionLike, 'version'>[]): number {
  return versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
}
