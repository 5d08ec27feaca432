// Compliance lint: problems a court would find in a policy, shown in the editor while it is written.
//  * A late fee far above the loss: courts cut penalties exceeding the loss by more than 30 % (民法典 §585;
//    the loss of late payment is approximated by the loan prime rate).
//  * Cutting water, electricity or gas to collect fees is unlawful (民法典 §944): the registry refuses any
//    plugin action that would, so such a policy cannot even validate.
import type { Localized } from '../localized.js';
import type { PluginRegistry } from '../plugin/registry.js';
import type { PolicyDocument } from '../policy/types.js';
import { Decimal, isDecimalText } from '../money.js';

export interface LintFinding {
  pointer: string;
  severity: 'warning';
  message: Localized;
}

export interface LintOptions {
  /** The one-year loan prime rate as a decimal (0.0300 = 3.00 %); update it as the PBoC publishes. */
  loanPrimeRate: string;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = { loanPrimeRate: '0.0300' };

const MARGIN = new Decimal('1.3');
const DAYS = new Decimal(365);
const percent = (d: Decimal) => d.times(100).toFixed(2);

export function lintPolicy(doc: PolicyDocument, registry: PluginRegistry, options: LintOptions = DEFAULT_LINT_OPTIONS): LintFinding[] {
  const lpr = new Decimal(options.loanPrimeRate);
  const ceiling = lpr.times(MARGIN);
  return doc.feeItems.flatMap((item, i) => {
    const ref = item.lateFee;
    const rate = ref?.params?.rate;
    if (!ref || registry.action(ref.type)?.phase !== 'lateFee' || !isDecimalText(rate)) return [];
    const annual = new Decimal(rate).times(DAYS);
    if (!annual.greaterThan(ceiling)) return [];
    return [{
      pointer: `/feeItems/${i}/lateFee/params/rate`,
      severity: 'warning' as const,
      message: {
        'zh-CN': `滞纳金日费率 ${rate} 折合年化 ${percent(annual)}%，超过一年期 LPR ${percent(lpr)}% 的 1.3 倍（${percent(ceiling)}%）：法院通常会调减超过损失 30% 的违约金`,
        en: `A daily late-fee rate of ${rate} is ${percent(annual)}% a year, above 1.3 × the one-year LPR of ${percent(lpr)}% (${percent(ceiling)}%): courts usually cut penalties exceeding the loss by more than 30%`,
      },
    }];
  });
}
