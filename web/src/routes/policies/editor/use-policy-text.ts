// The editor's one source of truth: the raw text. The structured view edits the parsed document and writes
// it back as text; validation runs on whatever the text says, deferred so typing stays quick.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { lintPolicy, validatePolicy, type Issue, type LintFinding, type PolicyDocument } from '../../../../../rules';
import { appendAt, removeAt, setIn } from '../document/edit';
import { parseJsonText, stringifyDocument, type ParsedText } from '../document/json-text';
import type { Segment } from '../document/pointer';
import { policyRegistry } from '../registry';

export interface PolicyText {
  readonly text: string;
  readonly parsed: ParsedText;
  readonly issues: readonly Issue[];
  /** Compliance warnings of a valid document (e.g. a late fee far above the loan prime rate). */
  readonly warnings: readonly LintFinding[];
  readonly dirty: boolean;
  readonly setText: (text: string) => void;
  readonly set: (path: readonly Segment[], value: unknown) => void;
  readonly remove: (path: readonly Segment[]) => void;
  readonly append: (path: readonly Segment[], item: unknown) => void;
  /** Any other change of the whole document (e.g. renaming a shared condition and its references). */
  readonly update: (change: (doc: unknown) => unknown) => void;
  /** After a save: the text that was saved (typing since then stays unsaved). */
  readonly markSaved: (savedText: string) => void;
}

export function usePolicyText(document: unknown): PolicyText {
  const [saved, setSaved] = useState(() => stringifyDocument(document));
  const [text, setText] = useState(saved);
  const parsed = useMemo(() => parseJsonText(text), [text]);
  const deferred = useDeferredValue(parsed);
  const issues = useMemo(() => (deferred.ok ? validatePolicy(deferred.doc, policyRegistry) : []), [deferred]);
  const warnings = useMemo(
    () => (deferred.ok && issues.length === 0 ? lintPolicy(deferred.doc as PolicyDocument, policyRegistry) : []),
    [deferred, issues],
  );

  const edit = useCallback((change: (doc: unknown) => unknown) => {
    setText((current) => {
      const now = parseJsonText(current);
      return now.ok ? stringifyDocument(change(now.doc)) : current;
    });
  }, []);

  return {
    text,
    parsed,
    issues,
    warnings,
    dirty: text !== saved,
    setText,
    set: useCallback((path, value) => edit((doc) => setIn(doc, path, value)), [edit]),
    remove: useCallback((path) => edit((doc) => removeAt(doc, path)), [edit]),
    append: useCallback((path, item) => edit((doc) => appendAt(doc, path, item)), [edit]),
    update: edit,
    markSaved: setSaved,
  };
}
