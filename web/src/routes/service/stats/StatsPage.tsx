// 服务看板: requests received over some days (this month so far by default) by category, department, month or person —
// how many and how many emergencies, acceptance/dispatch/completion in time, average working minutes, callback rate
// against 100 % and satisfaction against 90 % — as a table with its total, bar charts and an xlsx export.
import { List } from '@refinedev/antd';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Segmented, Space, Table } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { RateBars } from '../../../components/charts/RateBars';
import { CHART_COLORS } from '../../../components/charts/palette';
import { StackedBars } from '../../../components/charts/StackedBars';
import { downloadXlsx } from '../../../components/xlsx-sheet';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { tableWorkbook } from '../../analytics/export';
import { isBelow, percentText } from '../../analytics/rates';
import { categories } from '../queries';
import { serviceStats } from './queries';
import { CALLBACK_TARGET, GROUPS, lineOf, SATISFACTION_TARGET, STATS_COLUMNS, totalLine, type Group, type StatsLine } from './stats';

const DAY = 'YYYY-MM-DD';

/** Route /service/stats */
export default function StatsPage() {
  const { t, locale, enumLabel } = useI18n();
  const { project } = useProject();
  const [group, setGroup] = useState<Group>('category');
  const [range, setRange] = useState<[string, string]>(() => [dayjs().startOf('month').format(DAY), dayjs().format(DAY)]);
  const stats = useQuery({ queryKey: ['service', project.id, 'stats', group, range], queryFn: () => serviceStats(project.id, range[0], range[1], group) });
  const cats = useQuery({ queryKey: ['service', project.id, 'categories'], queryFn: () => categories(project.id), enabled: group === 'category' });

  const nameOf = (key: string, name: string): string => {
    if (group === 'department') return enumLabel('department', key);
    if (group === 'assignee' && key === '-') return t('serviceDesk.stats.unassigned');
    const category = group === 'category' && locale === 'en' ? cats.data?.find((c) => c.id === key) : undefined;
    return category?.name_en ?? name;
  };
  const lines = (stats.data ?? []).map((row) => lineOf(row, nameOf(row.group_key, row.group_name)));
  const total = totalLine(stats.data ?? [], t('serviceDesk.stats.total'));
  const shown = total ? [...lines, total] : lines;
  const rateBars = (rate: (l: StatsLine) => string | null, target: string) => lines.map((l) => ({
    key: l.group_key, label: l.name, rate: rate(l), target, below: isBelow(rate(l), target), text: percentText(rate(l)),
  }));
  const exportRows = () => {
    const name = t('service_stats.service_stats');
    const title = t('serviceDesk.stats.sheetTitle', { start: range[0], end: range[1], group: t(`serviceDesk.stats.groups.${group}`) });
    downloadXlsx(tableWorkbook({ name, title, columns: STATS_COLUMNS, rows: shown }, t), `${name}-${range[0]}-${range[1]}.xlsx`);
  };

  return (
    <List title={t('service_stats.service_stats')}
      headerButtons={() => <Button disabled={shown.length === 0} onClick={exportRows} data-testid="service-stats-export">{t('dashboard.export')}</Button>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <DatePicker.RangePicker data-testid="service-stats-range" allowClear={false} value={[dayjs(range[0]), dayjs(range[1])]}
            onChange={(days) => days?.[0] && days[1] && setRange([days[0].format(DAY), days[1].format(DAY)])} />
          <Segmented value={group} onChange={(value) => setGroup(value as Group)} data-testid="service-stats-group"
            options={GROUPS.map((g) => ({ value: g, label: t(`serviceDesk.stats.groups.${g}`) }))} />
        </Space>
        <Table<StatsLine>
          data-testid="service-stats"
          rowKey="group_key"
          size="small"
          loading={stats.isLoading}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: stats.error?.message ?? t('serviceDesk.stats.empty') }}
          onRow={(row) => ({ 'data-testid': 'service-stats-row', 'data-key': row.group_key }) as HTMLAttributes<HTMLElement>}
          columns={STATS_COLUMNS.map((c) => ({
            key: c.key,
            title: t(c.title),
            align: c.kind === 'text' ? 'left' : 'right',
            render: (_: unknown, row: StatsLine) => {
              const cell = c.cell(row, 0);
              return <span data-cell={c.key}>{c.kind === 'rate' ? percentText(cell) : (cell ?? '—')}</span>;
            },
          }))}
        />
        {lines.length > 0 && (
          // one chart a row: the SVGs scale to their card, and a card sized by its content would shrink them
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card size="small" title={t('serviceDesk.stats.charts.requests')}>
              <StackedBars label={t('serviceDesk.stats.charts.requests')} testId="service-stats-requests"
                parts={[
                  { key: 'emergencies', label: t('serviceDesk.stats.columns.emergencies'), color: CHART_COLORS.belowTarget },
                  { key: 'others', label: t('serviceDesk.stats.charts.others'), color: CHART_COLORS.primary },
                ]}
                rows={lines.map((l) => ({
                  key: l.group_key, label: l.name, amounts: [String(l.emergencies), String(l.requests - l.emergencies)],
                  caption: String(l.requests), texts: [String(l.emergencies), String(l.requests - l.emergencies)],
                }))} />
            </Card>
            <Card size="small" title={t('serviceDesk.stats.columns.callback_rate')}>
              <RateBars label={t('serviceDesk.stats.columns.callback_rate')} testId="service-stats-callbacks"
                bars={rateBars((l) => l.callback_rate, CALLBACK_TARGET)} labels={{ rate: t('serviceDesk.stats.columns.callback_rate'), target: t('serviceDesk.stats.charts.target'), below: t('serviceDesk.stats.charts.below') }} />
            </Card>
            <Card size="small" title={t('serviceDesk.stats.columns.satisfaction_rate')}>
              <RateBars label={t('serviceDesk.stats.columns.satisfaction_rate')} testId="service-stats-satisfaction"
                bars={rateBars((l) => l.satisfaction_rate, SATISFACTION_TARGET)} labels={{ rate: t('serviceDesk.stats.columns.satisfaction_rate'), target: t('serviceDesk.stats.charts.target'), below: t('serviceDesk.stats.charts.below') }} />
            </Card>
          </Space>
        )}
      </Space>
    </List>
  );
}
