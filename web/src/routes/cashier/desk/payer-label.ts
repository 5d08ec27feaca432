// A payer as the desk names them: 王芳（1-1-101、1-1-102） 13800000000; a unit nobody owns by its room.
import type { I18n } from '../../../i18n/use-i18n';
import type { Payer } from './payers';

export function payerLabel(payer: Payer, t: I18n['t']): string {
  const rooms = payer.rooms.map((room) => room.room_no).join(t('cashierDesk.listSeparator'));
  if (payer.name === null) return t('cashierDesk.desk.unowned', { rooms });
  const named = rooms ? t('cashierDesk.desk.payerOption', { name: payer.name, rooms }) : payer.name;
  return payer.phone ? `${named} ${payer.phone}` : named;
}
