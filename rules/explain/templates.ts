// The engine's own explanation lines (plugins bring theirs). {{placeholders}} are filled from `v`.
import type { Localized } from '../localized.js';

export const T = {
  wholeMonths: { 'zh-CN': '× {{months}} 个月（自 {{from}} 起）', en: '× {{months}} month(s) (from {{from}})' },
  partialMonth: { 'zh-CN': '× {{days}}/{{daysInMonth}} 天（{{month}}）', en: '× {{days}}/{{daysInMonth}} days ({{month}})' },
  nothingBillable: { 'zh-CN': '本期无计费天数', en: 'No billable days in this period' },
  total: {
    'zh-CN': '应收 = 本金 ¥{{principal}} − 减免 ¥{{discount}} + 附加 ¥{{surcharge}} + 滞纳金 ¥{{lateFee}}',
    en: 'Due = principal ¥{{principal}} − discounts ¥{{discount}} + surcharges ¥{{surcharge}} + late fee ¥{{lateFee}}',
  },
} as const satisfies Record<string, Localized>;
