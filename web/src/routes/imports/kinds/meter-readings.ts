// 抄表读数: one reading per meter and day. A meter is named by room + kind (表号 only where a room has two
// meters of a kind); a reading below the meter's previous one is refused by the server (a misread).
import type { ImportKind } from './types';

export const meterReadingsImport: ImportKind = {
  id: 'meter_readings',
  label: { 'zh-CN': '抄表读数', en: 'Meter readings' },
  rpc: 'import_meter_readings',
  roles: ['manager', 'agent', 'cashier', 'hq_admin'],
  columns: [
    { wire: 'room_no', example: '1-1-101', field: { type: 'text', key: 'room_no', label: { 'zh-CN': '房号', en: 'Room no.' }, required: true, maxLength: 32 } },
    { wire: 'kind', example: '水表', aliases: ['表类型', '类型'], field: { type: 'enum', key: 'kind', label: { 'zh-CN': '表类型', en: 'Meter kind' }, enum: 'meter_kind', required: true } },
    { wire: 'serial', example: '', aliases: ['表编号'], field: { type: 'text', key: 'serial', label: { 'zh-CN': '表号', en: 'Meter serial' }, maxLength: 64 } },
    { wire: 'read_on', example: '2026-03-31', aliases: ['日期'], field: { type: 'date', key: 'read_on', label: { 'zh-CN': '抄表日期', en: 'Read on' }, required: true } },
    { wire: 'reading', example: '1234.5', aliases: ['读数', '表底数'], field: { type: 'decimal', key: 'reading', label: { 'zh-CN': '本次读数', en: 'Reading' }, scale: 3, min: '0', max: '99999999999.999', required: true } },
  ],
  key: ['room_no', 'kind', 'serial', 'read_on'],
  notes: {
    'zh-CN': '每行一个表一天的读数。表类型填“水表”“电表”或“燃气表”；同一房屋有两块同类表时再填表号。同一表同一天已有读数时以本次为准。',
    en: 'One reading per meter and day. Meter kind is Water, Electricity or Gas; fill the serial only where a room has two meters of a kind. An existing reading of the same meter and day is replaced.',
  },
};
