// Why decide_adjustments refused a selection, told so finance can act on it: a stale proposal (PT409; its JSON
// detail names the adjustment, so the message names the bill by room, fee item and period), a selection someone
// decided meanwhile, or whatever else the database said. The RPC is all-or-nothing: every refusal says so.
import type { TranslationKey, MessageParams } from '../../i18n/dictionary';
import { dbErrorText } from '../../i18n/messages';
import type { Locale, LocalizedText } from '../../i18n/locales';
import { describeDbError, type DbErrorDescription } from '../../providers/postgrest-errors';
import type { AdjustmentRow } from './queries';
import { fieldLabel, formatAdjustmentValue, type AdjustmentField } from './values';

export interface StaleProposal {
  readonly adjustment: string;
  readonly bill: string;
  readonly field: AdjustmentField;
  readonly current: string | null;
  readonly proposedAgainst: string | null;
}

export type Refusal =
  | { readonly kind: 'stale'; readonly stale: StaleProposal }
  | { readonly kind: 'decided' }
  | { readonly kind: 'other'; readonly error: DbErrorDescription };

export function refusalOf(error: { readonly message: string; readonly code?: string; readonly details?: string | null }): Refusal {
  if (error.code === 'PT409' && error.details) {
    try {
      return { kind: 'stale', stale: JSON.parse(error.details) as StaleProposal };
    } catch {
      // a detail that is not the stale proposal: described like any other error below
    }
  }
  if (error.code === '22023' && / already$/.test(error.message)) return { kind: 'decided' };
  return { kind: 'other', error: describeDbError(error) };
}

export interface RefusalContext {
  readonly locale: Locale;
  readonly t: (key: TranslationKey, params?: MessageParams) => string;
  readonly text: (value: LocalizedText) => string;
  readonly feeItemLabel: (code: string) => string;
  /** A selected adjustment's row, to name its bill. */
  readonly rowOf: (adjustmentId: string) => AdjustmentRow | undefined;
}

export function refusalText(refusal: Refusal, ctx: RefusalContext): string {
  switch (refusal.kind) {
    case 'stale': {
      const { adjustment, bill, field, current, proposedAgainst } = refusal.stale;
      const row = ctx.rowOf(adjustment);
      return ctx.t('adjustments.errors.stale', {
        bill: row ? ctx.t('adjustments.bill', { room: row.room_no, feeItem: ctx.feeItemLabel(row.fee_code), start: row.period_start, end: row.period_end }) : bill,
        field: ctx.text(fieldLabel(field)),
        current: formatAdjustmentValue(field, current),
        proposed: formatAdjustmentValue(field, proposedAgainst),
      });
    }
    case 'decided':
      return ctx.t('adjustments.errors.decided');
    case 'other':
      return dbErrorText(ctx.locale, refusal.error, (_, name) => name);
  }
}
