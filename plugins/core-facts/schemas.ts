// The shapes of the facts a billing run loads per unit. Dates the office has not recorded are left out (the
// schema subset has no null; the actions also accept null). Amounts and readings are decimal strings.
import type { JsonSchema } from '../../rules/schema/types.js';
import { array, boolean, choice, date, decimal, integer, record, string, text } from '../shared/schema.js';

export const unitSchema: JsonSchema = record(text('房屋', 'Unit'), {
  id: string(text('房屋编号', 'Unit id')),
  roomNo: string(text('房号', 'Room no.')),
  buildingCode: string(text('楼栋', 'Building')),
  area: decimal(text('建筑面积（m²）', 'Floor area (m²)'), { minimum: '0' }),
  usage: choice(text('用途', 'Usage'), {
    residential: text('住宅', 'Residential'),
    commercial: text('商铺', 'Commercial'),
    office: text('办公', 'Office'),
    storage: text('储藏室', 'Storage'),
  }),
  handoverDate: date(text('收房日期', 'Handover date')),
  renovationDate: date(text('装修开始日期', 'Renovation start date')),
  occupancyDate: date(text('入住日期', 'Move-in date')),
  occupancy: choice(text('房屋状态', 'Occupancy'), {
    unsold: text('未售', 'Unsold'),
    vacant: text('空置', 'Vacant'),
    occupied: text('已入住', 'Occupied'),
    renovating: text('装修中', 'Renovating'),
  }),
}, ['id', 'roomNo', 'area', 'usage', 'occupancy']);

export const ownerSchema: JsonSchema = record(text('业主', 'Owner'), {
  id: string(text('业主编号', 'Owner id')),
  name: string(text('业主姓名', 'Owner name')),
  tags: array(text('业主标签', 'Owner tags'), string(text('标签（如 senior 老年人、disabled 残疾人）', 'Tag (e.g. senior, disabled)'))),
}, ['id', 'name', 'tags']);

export const parkingSchema: JsonSchema = record(text('车位', 'Parking'), {
  spaces: integer(text('计费车位数', 'Billed spaces'), { minimum: 0 }),
  kinds: array(text('车位类型', 'Space kinds'), choice(text('车位类型', 'Space kind'), {
    owned: text('产权车位', 'Owned'),
    rented: text('租用车位', 'Rented'),
    visitor: text('临时车位', 'Visitor'),
  })),
}, ['spaces']);

const reading = (zh: string, en: string): JsonSchema => record(text(zh, en), {
  previous: decimal(text('上期读数', 'Previous reading'), { minimum: '0' }),
  current: decimal(text('本期读数', 'Current reading'), { minimum: '0' }),
  multiplier: decimal(text('倍率', 'Multiplier'), { minimum: '0' }),
}, ['previous', 'current']);

export const metersSchema: JsonSchema = record(text('本期抄表读数', 'Meter readings for the period'), {
  water: reading('水表', 'Water meter'),
  electricity: reading('电表', 'Electricity meter'),
  gas: reading('燃气表', 'Gas meter'),
});

export const arrearsSchema: JsonSchema = array(text('往期欠费', 'Unpaid earlier bills'), record(text('欠费账单', 'Unpaid bill'), {
  billId: string(text('账单编号', 'Bill id')),
  feeItem: string(text('收费项目代码', 'Fee item code')),
  balance: decimal(text('欠费余额', 'Balance due')),
  dueDate: date(text('缴费截止日', 'Due date')),
}, ['billId', 'feeItem', 'balance', 'dueDate']));

export const planSchema: JsonSchema = record(text('分期协议', 'Installment plan'), {
  current: boolean(text('正常履行中', 'Being kept')),
}, ['current']);

export const prepaySchema: JsonSchema = record(text('预缴', 'Prepayment'), {
  months: integer(text('预缴月数', 'Months prepaid'), { minimum: 0 }),
}, ['months']);

/** The bill a dunning run chases: its stored due date anchors the dunning ladder. */
export const billSchema: JsonSchema = record(text('催缴账单', 'Bill being chased'), {
  billId: string(text('账单编号', 'Bill id')),
  dueDate: date(text('缴费截止日', 'Due date')),
  balance: decimal(text('欠费余额', 'Balance due')),
}, ['dueDate']);

export const statusSchema: JsonSchema = record(text('房屋计费状态（本期末）', 'Unit status (at period end)'), {
  handedOver: boolean(text('已收房', 'Handed over')),
  renovated: boolean(text('已开始装修', 'Renovation started')),
  occupied: boolean(text('已入住', 'Moved in')),
  vacant: boolean(text('空置或未售', 'Vacant or unsold')),
  monthsSinceHandover: integer(text('收房至本期末的整月数', 'Whole months from handover to the period end'), { minimum: 0 }),
}, ['handedOver', 'renovated', 'occupied', 'vacant']);

export const periodSchema: JsonSchema = record(text('计费期', 'Billing period'), {
  start: date(text('计费期首日', 'First day')),
  end: date(text('计费期末日', 'Last day')),
  asOf: date(text('计费日（视为今天）', 'Run date (as of)')),
  year: integer(text('年份', 'Year'), { minimum: 2000, maximum: 2100 }),
  month: integer(text('起始月份（1–12）', 'First month (1–12)'), { minimum: 1, maximum: 12 }),
  quarter: integer(text('季度（1–4）', 'Quarter (1–4)'), { minimum: 1, maximum: 4 }),
}, ['start', 'end', 'asOf', 'year', 'month', 'quarter']);
