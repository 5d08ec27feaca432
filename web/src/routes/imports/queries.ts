// The import functions in Postgres, called as the signed-in user: a dry run (what would happen, and every
// row's problems) and the all-or-nothing commit. Row problems of a refused commit come back as PT422's detail.
import { supabaseClient as db } from '../../providers/supabase-client';
import type { ImportKind, ImportRow, RowIssue, ServerIssue } from './kinds/types';

export type ImportCounts = Readonly<Record<string, number>>;

export interface ImportOutcome {
  readonly counts: ImportCounts;
  readonly issues: readonly RowIssue[];
}

interface WireIssue extends ServerIssue {
  readonly row: number;
  readonly column: string;
}

const toRowIssues = (issues: readonly WireIssue[]): RowIssue[] =>
  issues.map(({ row, column, code, params }) => ({ row, column, issue: params ? { code, params } : { code } }));

export class ImportFailed extends Error {
  constructor(message: string, readonly issues: readonly RowIssue[] = []) {
    super(message);
    this.name = 'ImportFailed';
  }
}

export async function runImport(kind: ImportKind, projectId: string, rows: readonly ImportRow[], dryRun: boolean, note: string): Promise<ImportOutcome> {
  const { data, error } = await db.rpc(kind.rpc, { p_project_id: projectId, p_rows: rows, p_dry_run: dryRun, p_note: note });
  if (error) {
    let issues: RowIssue[] = [];
    if (error.code === 'PT422' && error.details) {
      try {
        issues = toRowIssues(JSON.parse(error.details) as WireIssue[]);
      } catch {
        // not the issue list: the message alone still says what happened
      }
    }
    throw new ImportFailed(error.message, issues);
  }
  const outcome = data as { counts: ImportCounts; issues: WireIssue[] };
  return { counts: outcome.counts, issues: toRowIssues(outcome.issues) };
}
