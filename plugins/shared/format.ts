// Display texts for explanations. Computed once per params object where possible, never per unit for constants.
import { HUNDRED, type Decimal } from '../../rules/money.js';

/** An amount or price with at least two decimals and every significant one: 2.8 → "2.80", 0.545 → "0.545". */
export const amountText = (value: Decimal): string => value.toFixed(Math.max(2, value.decimalPlaces()));

/** A factor as a percentage: 0.5 → "50". */
export const percentText = (factor: Decimal): string => factor.times(HUNDRED).toString();
