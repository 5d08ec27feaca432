import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { translate, type TranslationKey } from '../../i18n/dictionary';
import { agingColumns, debtorColumns, rateColumns } from './columns';
import { sheetCells, tableWorkbook } from './export';
import type { AgingRow, DebtorRow, RateRow } from './rows';

const t = (key: TranslationKey) => translate('zh-CN', key);

const project: RateRow = {
  group_id: 'p1', group_name: '锦绣花园', project_id: 'p1', receivable: '1200.00', collected: '1000.50', prior_arrears: '300.00',
  arrears_collected: '100.00', current_rate: '83.38', arrears_rate: '33.33', overall_rate: '73.37', households: 3,
  households_paid: 2, household_rate: '66.67', target: '95.00',
};

describe('xlsx of the dashboards', () => {
  it('ranks projects with every figure of the screen', () => {
    const { header, cells } = sheetCells(rateColumns('project', (r) => r.group_name), [project], t);
    expect(header.map((h) => h.header)).toEqual(['排名', '项目', '应收', '已收', '当期收缴率', '期初欠费', '清欠金额', '清欠率', '综合收缴率', '户数', '缴清户数', '户收费率', '目标']);
    expect(header.map((h) => h.numFmt)).toEqual(['0', undefined, '#,##0.00', '#,##0.00', '0.00"%"', '#,##0.00', '#,##0.00', '0.00"%"', '0.00"%"', '0', '0', '0.00"%"', '0.00"%"']);
    expect(cells).toEqual([['1', '锦绣花园', '1200.00', '1000.50', '83.38', '300.00', '100.00', '33.33', '73.37', '3', '2', '66.67', '95.00']]);
  });

  it('leave out households where the level has none', () => {
    const { header } = sheetCells(rateColumns('fee_item', (r) => r.group_name), [], t);
    expect(header.map((h) => h.header)).not.toContain('户数');
  });

  it('age arrears by bucket and list debtors with their project', () => {
    const aging: AgingRow = { group_id: 'total', group_name: 'total', project_id: null, not_due: '10.00', d0_30: '1.00', d31_90: '2.00', d91_180: '3.00', d181_365: '4.00', over_365: '5.00', overdue: '15.00' };
    expect(sheetCells(agingColumns('dashboard.levels.project', () => '全公司'), [aging], t)).toMatchObject({
      cells: [['全公司', '10.00', '1.00', '2.00', '3.00', '4.00', '5.00', '15.00']],
    });
    const debtor: DebtorRow = { project_id: 'p1', project_name: '翠湖苑', owner_id: 'o1', owner_name: '张三', owner_phone: null, rooms: '1-101、1-102', open_balance: '880.00', open_bills: 2, oldest_due: '2034-01-10' };
    expect(sheetCells(debtorColumns(true), [debtor], t).cells).toEqual([['翠湖苑', '张三', null, '1-101、1-102', '880.00', '2', '2034-01-10']]);
    expect(sheetCells(debtorColumns(false), [debtor], t).cells[0]).toHaveLength(6);
  });

  it('write numbers Excel can sum under a title row', () => {
    const book = XLSX.read(tableWorkbook({ name: '收缴率排名', title: '收缴率排名（2034-Q1）', columns: rateColumns('project', (r) => r.group_name), rows: [project] }, t), { type: 'array', cellNF: true });
    const sheet = book.Sheets['收缴率排名']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual(['收缴率排名（2034-Q1）']);
    expect(rows[2]).toEqual([1, '锦绣花园', 1200, 1000.5, 83.38, 300, 100, 33.33, 73.37, 3, 2, 66.67, 95]);
    expect(sheet['E3']?.z).toBe('0.00"%"');
  });
});
