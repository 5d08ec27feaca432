// How a project's office takes payments and answers the phone: what every payment notice (缴费通知单) prints.
import type { Rng } from './rng.js';

export interface PaymentChannel { kind: 'wechat' | 'alipay' | 'bank_transfer' | 'cashier_desk'; label: string; detail: string }

export interface OfficeContacts { office_phone: string; payment_channels: PaymentChannel[] }

const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '招商银行', '交通银行'] as const;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

/** `rng` is the project's own stream, so other projects' contacts never change with this one's. */
export function officeContacts(rng: Rng, company: { name: string; city: string }, project: { name: string; address: string }): OfficeContacts {
  const areaCode = company.city === '苏州市' ? '0512' : '0571';
  const bank = rng.pick(BANKS);
  const account = `${rng.int(1, 6)}${digits(rng, 3)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 3)}`;
  return {
    office_phone: `${areaCode}-${rng.int(8100, 8899)}${digits(rng, 4)}`,
    payment_channels: [
      { kind: 'wechat', label: '微信支付', detail: `关注“${company.name}”公众号 → 生活缴费 → 物业费，按房号查询缴费` },
      { kind: 'alipay', label: '支付宝', detail: `支付宝搜索“${company.name}”小程序 → 物业缴费，按房号查询缴费` },
      {
        kind: 'bank_transfer',
        label: '银行转账',
        detail: `户名：${company.name}${project.name}管理处；开户行：${bank}${company.city.replace(/市$/, '')}分行；账号：${account}（请在附言中注明房号）`,
      },
      { kind: 'cashier_desk', label: '管理处收费窗口', detail: `${project.address}${project.name}管理处，每日 8:30–17:30（节假日照常）` },
    ],
  };
}
