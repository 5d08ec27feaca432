// Everything the policy pages read and write, straight through supabase-js (RLS decides what a user sees and
// may change). Errors come back as readable messages in the console's language.
import type { PolicyDocument } from '../../../../rules';
import { localeStore } from '../../i18n/locale-store';
import { dbErrorText, tableLabel } from '../../i18n/messages';
import { translate } from '../../i18n/dictionary';
import { describeDbError, NOT_FOUND_CODE, STALE_CODE } from '../../providers/postgrest-errors';
import { supabaseClient as db } from '../../providers/supabase-client';
import { nextVersion, type PolicyStatus } from './document/versions';
import type { PeriodFacts, UnitFactsRow } from './simulation/facts';
import * as engineData from '../../../../supabase/functions/_shared/engine-data';
import { publishErrorKey } from './publish/publish-errors';

export interface PolicyRow {
  readonly id: string;
  readonly company_id: string;
  readonly project_id: string | null;
  readonly version: number;
  readonly status: PolicyStatus;
  readonly effective_from: string | null;
  readonly effective_to: string | null;
  readonly based_on: string | null;
  readonly note: string | null;
  readonly published_at: string | null;
  readonly published_by: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly row_version: number;
}

export interface PolicyWithDocument extends PolicyRow {
  readonly document: unknown;
}

export interface FeeItemRow {
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly cycle: PolicyDocument['feeItems'][number]['cycle'];
  readonly active: boolean;
}

/** Whose policies: a project's versions, or the company's HQ templates (project null). */
export interface PolicyOwner {
  readonly companyId: string;
  readonly projectId: string | null;
}

const LIST_COLUMNS = 'id,company_id,project_id,version,status,effective_from,effective_to,based_on,note,published_at,published_by,created_at,updated_at,row_version';
const PAGE = 1000;

/** A failure with a message a person can act on. */
export class PolicyError extends Error {
  constructor(message: string, readonly stale = false) {
    super(message);
    this.name = 'PolicyError';
  }
}

const COLUMN_KEYS = { effective_from: 'policies.columns.effectiveFrom', note: 'policies.columns.note', version: 'policies.columns.version', document: 'policies.columns.document' } as const;

function readable(error: unknown): PolicyError {
  const locale = localeStore.get();
  const description = describeDbError(error, Object.keys(COLUMN_KEYS));
  const message = dbErrorText(locale, description, (kind, name) =>
    kind === 'table' ? tableLabel(locale, name) : name in COLUMN_KEYS ? translate(locale, COLUMN_KEYS[name as keyof typeof COLUMN_KEYS]) : name,
  );
  return new PolicyError(message, description.key === 'stale');
}

async function run<T>(query: PromiseLike<{ data: T | null; error: unknown }>): Promise<T> {
  let response: { data: T | null; error: unknown };
  try {
    response = await query;
  } catch (error) {
    throw readable(error);
  }
  if (response.error) throw readable(response.error);
  if (response.data === null) throw readable({ code: NOT_FOUND_CODE });
  return response.data;
}

/** The policies of an owner, newest version first. */
function ownedBy(columns: string, owner: PolicyOwner) {
  const query = db.from('policies').select(columns);
  const scoped = owner.projectId === null ? query.eq('company_id', owner.companyId).is('project_id', null) : query.eq('project_id', owner.projectId);
  return scoped.order('version', { ascending: false });
}

export async function listPolicies(owner: PolicyOwner): Promise<PolicyRow[]> {
  return (await run(ownedBy(LIST_COLUMNS, owner).range(0, PAGE - 1))) as unknown as PolicyRow[];
}

export async function getPolicy(id: string): Promise<PolicyWithDocument> {
  return (await run(db.from('policies').select(`${LIST_COLUMNS},document`).eq('id', id).maybeSingle())) as unknown as PolicyWithDocument;
}

export async function getDocument(id: string): Promise<unknown> {
  const row = await run(db.from('policies').select('document').eq('id', id).maybeSingle());
  return (row as unknown as { document: unknown }).document;
}

/** A new draft with the next version number; a colleague taking the same number meanwhile makes it try again. */
export async function createDraft(owner: PolicyOwner, document: unknown, basedOn: string | null): Promise<PolicyRow> {
  for (let attempt = 0; ; attempt += 1) {
    const versions = await run(ownedBy('version', owner).limit(1));
    const { data, error } = await db.from('policies')
      .insert({ company_id: owner.companyId, project_id: owner.projectId, version: nextVersion(versions as unknown as { version: number }[]), document, based_on: basedOn })
      .select(LIST_COLUMNS)
      .single();
    if (!error) return data as PolicyRow;
    if ((error as { code?: string }).code !== '23505' || attempt >= 2) throw readable(error);
  }
}

/** Saves a draft's document over the row version it was loaded with; a colleague's newer save wins. */
export async function saveDocument(id: string, document: unknown, rowVersion: number): Promise<PolicyRow> {
  const { data, error } = await db.from('policies').update({ document }).eq('id', id).eq('row_version', rowVersion).select(LIST_COLUMNS);
  if (error) throw readable(error);
  const [row] = data as PolicyRow[];
  if (row) return row;
  const { data: current } = await db.from('policies').select('id').eq('id', id).maybeSingle();
  throw readable({ code: current ? STALE_CODE : NOT_FOUND_CODE });
}

export async function deleteDraft(id: string): Promise<void> {
  const rows = await run(db.from('policies').delete().eq('id', id).select('id'));
  if ((rows as unknown[]).length === 0) throw readable({ code: NOT_FOUND_CODE });
}

export async function publishPolicy(id: string, effectiveFrom: string, note: string): Promise<PolicyRow> {
  const { data, error } = await db.rpc('publish_policy', { p_policy_id: id, p_effective_from: effectiveFrom, p_note: note });
  if (error) {
    const key = publishErrorKey(error);
    throw key ? new PolicyError(translate(localeStore.get(), key)) : readable(error);
  }
  return data as PolicyRow;
}

/** Staff names by user id, for "published by". */
export async function staffNames(userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await run(db.from('staff').select('user_id,full_name').in('user_id', ids));
  return new Map((rows as { user_id: string; full_name: string }[]).map((r) => [r.user_id, r.full_name]));
}

export async function projectFeeItems(projectId: string): Promise<FeeItemRow[]> {
  return run(db.from('fee_items').select('code,name_zh,name_en,cycle,active').eq('project_id', projectId).order('sort').range(0, PAGE - 1)) as Promise<FeeItemRow[]>;
}

/** Every unit of a project with its engine facts; `onProgress` hears the rows loaded so far and the total. */
export async function loadUnitFacts(projectId: string, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<UnitFactsRow[]> {
  return guarded(() => engineData.loadUnitFacts(db, projectId, { onProgress, ...(signal ? { signal } : {}) }));
}

/** Meter readings around the period and unpaid reviewed bills of the given units, by unit. */
export async function loadPeriodFacts(projectId: string, period: { start: string; end: string }, unitIds: readonly string[], signal?: AbortSignal): Promise<Record<string, PeriodFacts>> {
  return Object.fromEntries(await guarded(() => engineData.loadPeriodFacts(db, projectId, period, unitIds, signal)));
}

async function guarded<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw readable((error as { cause?: unknown }).cause ?? error);
  }
}
