// What every part of the structured view needs: the document's issues, whether it may change, and how to
// change it at a path (every edit makes a new document, which the raw view shows too).
import { createContext, useContext } from 'react';
import type { Issue, LintFinding } from '../../../../../rules';
import type { Segment } from '../document/pointer';

export interface PolicyEditing {
  readonly issues: readonly Issue[];
  readonly warnings: readonly LintFinding[];
  readonly readOnly: boolean;
  readonly set: (path: readonly Segment[], value: unknown) => void;
  readonly remove: (path: readonly Segment[]) => void;
  readonly append: (path: readonly Segment[], item: unknown) => void;
  readonly update: (change: (doc: unknown) => unknown) => void;
  /** The policy's shared conditions, which any condition may name. */
  readonly sharedNames: readonly string[];
  /** For each shared condition, the shared conditions it uses directly or through others. */
  readonly sharedReach: ReadonlyMap<string, ReadonlySet<string>>;
}

export const PolicyEditingContext = createContext<PolicyEditing | null>(null);

export function usePolicyEditing(): PolicyEditing {
  const editing = useContext(PolicyEditingContext);
  if (!editing) throw new Error('usePolicyEditing() needs <PolicyEditingContext.Provider> above it');
  return editing;
}
