// An amount in Chinese capital numerals (大写金额) as cheques and notices write it, following the People's Bank rules
// for filling in bills (正确填写票据和结算凭证的基本规定): 壹拾 not 拾, 零 for every run of zeros inside the number,
// 零 after 元 when 角 is zero but 分 is not, 整 after 元 when there are no 角 and 分.
import Decimal from 'decimal.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UNITS = ['', '拾', '佰', '仟'] as const;
const SECTIONS = ['', '万', '亿', '万亿'] as const;
const MAX_INTEGER_DIGITS = SECTIONS.length * UNITS.length;

const digit = (d: string) => DIGITS[Number(d)];

function integerPart(digits: string): string {
  let out = '';
  let zeroPending = false;
  let sectionHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const d = digits[i]!;
    if (d === '0') {
      zeroPending = out !== '';
    } else {
      out += (zeroPending ? '零' : '') + digit(d) + UNITS[position % 4];
      zeroPending = false;
      sectionHasDigit = true;
    }
    if (position % 4 === 0 && sectionHasDigit) {
      out += SECTIONS[position / 4];
      sectionHasDigit = false;
    }
  }
  return out;
}

/** ¥1,234.56 → 壹仟贰佰叁拾肆元伍角陆分; rounded half up to the fen first, like formatMoney. */
export function capitalAmount(value: Decimal.Value): string {
  const amount = new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction = '00'] = amount.abs().toFixed(2).split('.');
  if (whole.length > MAX_INTEGER_DIGITS) throw new RangeError(`${amount.toFixed(2)} is too large to write in capitals`);
  const [jiao = '0', fen = '0'] = fraction;
  const yuan = whole === '0' ? '' : `${integerPart(whole)}元`;
  let cents = '';
  if (jiao !== '0') cents += `${digit(jiao)}角`;
  if (fen !== '0') cents += `${jiao === '0' && yuan ? '零' : ''}${digit(fen)}分`;
  const text = yuan || cents ? `${yuan}${cents || '整'}` : '零元整';
  return amount.isNegative() && !amount.isZero() ? `负${text}` : text;
}
