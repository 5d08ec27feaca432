// One unit's bill lines for a billing run: every fee item in every one of its periods, evaluated by the
// compiled policy. Pure: the billing function feeds it rows and writes what it returns. Prior arrears (上期欠费)
// and the late fee on them belong to the run's first period of each fee item only, so a quarter billed
// monthly does not charge them three times.
import type { CompiledPolicy } from '../evaluate/compiled.js';
import type { EvalInput, ExplanationLine } from '../evaluate/types.js';
import type { Localized } from '../localized.js';
import type { Facts } from '../plugin/types.js';
import { dec, money, plus, ZERO } from '../money.js';
import { templateId } from '../explain/template-id.js';
import { factsFromRow, type PeriodFacts, type UnitFactsRow } from '../../plugins/core-facts/from-row.js';
import type { Period } from './periods.js';

export interface StoredExplanationLine extends Omit<ExplanationLine, 't'> {
  /** Template id: see explanation_templates. */
  t: string;
}

/** A bill as write_billing_chunk takes it: amounts are decimal strings. */
export interface BillLine {
  unit_id: string;
  owner_id: string | null;
  fee_item_id: string;
  period_start: string;
  period_end: string;
  principal: string;
  discount: string;
  surcharge: string;
  late_fee: string;
  arrears_carried: string;
  due_date: string | null;
  explanation: StoredExplanationLine[];
}

export interface LineError {
  unitId: string;
  roomNo: string;
  feeItem: string;
  periodStart: string;
  message: string;
  rule?: string;
  plugin?: string;
}

export interface RunItem {
  code: string;
  feeItemId: string;
  /** The item's periods in the run, each with one shared input (the engine caches per input). */
  periods: ReadonlyArray<{ period: Period; input: EvalInput }>;
}

/** Collects the templates a run's lines use, to be stored once per project. */
export class TemplateSet {
  readonly byId = new Map<string, Localized>();
  private fresh: Array<{ id: string; zh: string; en: string }> = [];

  id(t: Localized): string {
    const id = templateId(t);
    if (!this.byId.has(id)) {
      this.byId.set(id, t);
      this.fresh.push({ id, zh: t['zh-CN'], en: t.en });
    }
    return id;
  }

  /** Templates seen since the last call. */
  takeFresh(): Array<{ id: string; zh: string; en: string }> {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }
}

function arrearsOf(arrears: PeriodFacts['arrears'], code: string): string {
  let sum = ZERO;
  for (const a of arrears ?? []) if (a.feeItem === code) sum = plus(sum, dec(a.balance));
  return money(sum);
}

/** What a unit's facts hold besides its row: unpaid bills before the run, and readings per billing period. */
export interface UnitPeriodFacts {
  arrears?: PeriodFacts['arrears'];
  meters(period: Period): PeriodFacts['meters'] | undefined;
}

export function unitBillLines(
  policy: CompiledPolicy, items: readonly RunItem[], row: UnitFactsRow, unitFacts: UnitPeriodFacts, templates: TemplateSet,
): { lines: BillLine[]; errors: LineError[] } {
  const lines: BillLine[] = [];
  const errors: LineError[] = [];
  // One facts object per period (fee items sharing a period share it): the run's first period carries the
  // arrears, later ones do not.
  const factsByPeriod = new Map<string, Facts>();
  const factsFor = (p: Period, first: boolean): Facts => {
    const key = `${p.start}|${p.end}|${first}`;
    let facts = factsByPeriod.get(key);
    if (!facts) {
      const meters = unitFacts.meters(p);
      facts = factsFromRow(row, { ...(meters ? { meters } : {}), ...(first && unitFacts.arrears ? { arrears: unitFacts.arrears } : {}) });
      factsByPeriod.set(key, facts);
    }
    return facts;
  };
  for (const item of items) {
    item.periods.forEach(({ period: p, input }, i) => {
      const result = policy.evaluate(item.code, factsFor(p, i === 0), input);
      if (!result.ok) {
        const { message, rule, plugin } = result.error;
        errors.push({ unitId: row.unit_id, roomNo: row.room_no, feeItem: item.code, periodStart: p.start, message, ...(rule ? { rule } : {}), ...(plugin ? { plugin } : {}) });
        return;
      }
      lines.push({
        unit_id: row.unit_id,
        owner_id: row.owner_id,
        fee_item_id: item.feeItemId,
        period_start: p.start,
        period_end: p.end,
        principal: result.principal,
        discount: result.discount,
        surcharge: result.surcharge,
        late_fee: result.lateFee,
        arrears_carried: i === 0 ? arrearsOf(unitFacts.arrears, item.code) : '0.00',
        due_date: result.dueDate,
        explanation: result.explanation.map((l) => ({ ...l, t: templates.id(l.t) })),
      });
    });
  }
  return { lines, errors };
}
