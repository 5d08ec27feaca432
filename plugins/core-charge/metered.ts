// 水费/电费/燃气费: usage = (current − previous) × multiplier, priced in cumulative tiers (阶梯价): each tier
// prices the usage between the previous tier's bound and its own `upTo`; the last tier is open.
import type { ActionDef } from '../../rules/plugin/types.js';
import type { Localized } from '../../rules/localized.js';
import { Decimal, ONE, ZERO, min } from '../../rules/money.js';
import { amountText } from '../shared/format.js';
import { decimalField, decimalTextField, factRecord, type FactRecord, type MeterKind } from '../shared/facts.js';
import { differenceKey, packedText } from '../../rules/decimal-text.js';
import { parsedOnce, type Params } from '../shared/params.js';
import { array, choice, decimal, object, params, text } from '../shared/schema.js';

const WHY: Record<MeterKind, Localized> = {
  water: text('水表 {{readings}} = {{usage}} 吨：{{tiers}}', 'Water {{readings}} = {{usage}} m³: {{tiers}}'),
  electricity: text('电表 {{readings}} = {{usage}} 度：{{tiers}}', 'Electricity {{readings}} = {{usage}} kWh: {{tiers}}'),
  gas: text('燃气表 {{readings}} = {{usage}} 立方米：{{tiers}}', 'Gas {{readings}} = {{usage}} m³: {{tiers}}'),
};

interface Tier { upTo: Decimal | null; price: Decimal; priceText: string }

interface Priced { usage: string; amount: Decimal; tiersText: string }

/**
 * A usage: packed by differenceKey() from plain readings, or its text (Decimal#toString) from readings with a
 * multiplier or too long to pack.
 */
type Usage = number | string;

/** The meter, its tiers, and (filled as units come) each usage priced: many units use the same amount (12.5 t, 180 kWh). */
function parseTiers(p: Params): { meter: MeterKind; tiers: Tier[]; byUsage: Map<Usage, Priced> } {
  const raw = p.tiers as readonly Params[];
  const tiers = raw.map((t, i): Tier => {
    const last = i === raw.length - 1;
    if (last !== (t.upTo === undefined)) {
      throw new Error(last ? `tier ${i + 1}: the last tier must be open (no upTo)` : `tier ${i + 1}: every tier but the last needs upTo`);
    }
    const price = decimalField(t, 'price', `tier ${i + 1}`);
    return { upTo: last ? null : decimalField(t, 'upTo', `tier ${i + 1}`), price, priceText: amountText(price) };
  });
  tiers.reduce((lower, t, i) => {
    if (t.upTo === null) return lower;
    if (!t.upTo.greaterThan(lower)) throw new Error(`tier ${i + 1}: upTo ${t.upTo.toString()} must be above the previous bound ${lower.toString()}`);
    return t.upTo;
  }, ZERO);
  return { meter: p.meter as MeterKind, tiers, byUsage: new Map() };
}

const parse = parsedOnce(parseTiers);

/** The usage (the key of the usages already priced), and the readings for the explanation. */
function usageOf(where: string, reading: FactRecord): { usage: Usage; readings: string } {
  const previous = decimalTextField(reading, 'previous', where);
  const current = decimalTextField(reading, 'current', where);
  const delta = `${current} − ${previous}`;
  const plain = reading.multiplier === undefined || reading.multiplier === null;
  // Readings differ from unit to unit: their difference is worked out on the texts, not on two new Decimals.
  const packed = plain ? differenceKey(current, previous) : -1;
  if (packed >= 0) return { usage: packed, readings: delta };
  // Exact, so below zero exactly when current < previous (a zero difference may be -0: not below zero).
  const difference = new Decimal(current).minus(previous);
  if (difference.isNegative() && !difference.isZero()) {
    throw new Error(`${where}: the current reading ${current} is below the previous reading ${previous}; check the readings (meter replaced or misread?)`);
  }
  if (plain) return { usage: difference.toString(), readings: delta };
  const multiplier = decimalField(reading, 'multiplier', where);
  if (!multiplier.greaterThan(ZERO)) throw new Error(`${where}: the multiplier must be above 0, got ${String(reading.multiplier)}`);
  return { usage: difference.times(multiplier).toString(), readings: multiplier.equals(ONE) ? delta : `(${delta}) × ${String(reading.multiplier)}` };
}

export const metered: ActionDef = {
  name: 'metered',
  phase: 'base',
  label: text('按表计量（阶梯价）', 'Metered (tiered prices)'),
  description: text(
    '用量 = (本期读数 − 上期读数) × 倍率；各档按累计用量分段计价，最后一档不设上限；不按天折算',
    'Usage = (current − previous) × multiplier; each tier prices the cumulative usage up to its bound, the last tier is open; not prorated',
  ),
  paramsSchema: params({
    meter: choice(text('表具', 'Meter'), { water: text('水表', 'Water'), electricity: text('电表', 'Electricity'), gas: text('燃气表', 'Gas') }),
    tiers: array(text('阶梯', 'Tiers'), object(text('一档', 'Tier'), {
      upTo: decimal(text('累计用量上限（最后一档留空）', 'Cumulative usage bound (empty for the last tier)'), { minimum: '0' }),
      price: decimal(text('单价（元）', 'Price (¥)'), { minimum: '0' }),
    }, ['price']), { minItems: 1 }),
  }, ['meter', 'tiers']),
  plan(params, facts) {
    const { meter, tiers, byUsage } = parse(params);
    const roomNo = factRecord(facts, 'unit')?.roomNo;
    const where = `${roomNo === undefined ? '' : `unit ${String(roomNo)} `}${meter} meter`;
    const reading = factRecord(facts, 'meters')?.[meter];
    if (reading === undefined || reading === null) throw new Error(`${where}: no readings for this period (fact meters.${meter})`);
    if (typeof reading !== 'object') throw new Error(`${where}: meters.${meter} must be an object with previous and current readings`);
    const { usage, readings } = usageOf(where, reading as FactRecord);
    const p = priced(tiers, byUsage, usage);
    return [{ kind: 'lump', amount: p.amount, why: { t: WHY[meter], v: { readings, usage: p.usage, tiers: p.tiersText } } }];
  },
};

function priced(tiers: readonly Tier[], byUsage: Map<Usage, Priced>, usage: Usage): Priced {
  let result = byUsage.get(usage);
  if (!result) {
    result = priceTiers(tiers, typeof usage === 'number' ? packedText(usage) : usage);
    if (byUsage.size > 20_000) byUsage.clear();
    byUsage.set(usage, result);
  }
  return result;
}

function priceTiers(tiers: readonly Tier[], usageText: string): Priced {
  const usage = new Decimal(usageText);
  let amount = ZERO;
  let lower = ZERO;
  const parts: string[] = [];
  for (const tier of tiers) {
    const top = tier.upTo === null ? usage : min(usage, tier.upTo);
    if (!top.greaterThan(lower)) break;
    const quantity = top.minus(lower);
    amount = amount.plus(quantity.times(tier.price));
    parts.push(`${quantity.toString()} × ¥${tier.priceText}`);
    lower = top;
  }
  return { usage: usageText, amount, tiersText: parts.join(' + ') || '0' };
}
