// What a simulation found: totals per fee item (draft vs published) as a table and a chart, how many lines
// change, the biggest changes, every unit's before/after with its "why", and the lines that failed.
import { Alert, Card, Col, Input, Row, Select, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Decimal } from '../../../../../rules';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import type { SimulationState } from './use-simulation';
import { unitRows, type Change, type LineError, type UnitRow } from './summary';
import { TotalsChart } from './TotalsChart';

type Done = Extract<SimulationState, { phase: 'done' }>;

function Diff({ value }: { readonly value: string }) {
  const d = new Decimal(value);
  const type = d.isZero() ? 'secondary' : d.isPositive() ? 'danger' : 'success';
  return <Typography.Text type={type}>{d.isPositive() && !d.isZero() ? '+' : ''}{formatMoney(value)}</Typography.Text>;
}

const byDecimal = (key: 'before' | 'after' | 'diff') => (a: Record<typeof key, string>, b: Record<typeof key, string>) =>
  new Decimal(a[key]).comparedTo(b[key]);

interface Props {
  readonly state: Done;
  readonly feeItemLabel: (code: string) => string;
  readonly onWhy: (unit: number) => void;
}

export function SimulationResults({ state, feeItemLabel, onWhy }: Props) {
  const { t, locale } = useI18n();
  const { result, summary, baseline } = state;
  const [feeItem, setFeeItem] = useState<string | undefined>(undefined);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => unitRows(result, feeItem), [result, feeItem]);
  const shown = useMemo(() => {
    const needle = search.trim();
    return rows.filter((r) => (!onlyChanged || r.changed || r.errors > 0) && (!needle || r.roomNo.includes(needle) || r.ownerName.includes(needle)));
  }, [rows, onlyChanged, search]);
  const why = (unit: number) => <a data-testid="why-link" onClick={() => onWhy(unit)}>{t('policies.simulation.why')}</a>;
  const money = (value: string) => formatMoney(value);

  return (
    <div data-testid="simulation-results">
      {state.result.baselineError ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('policies.simulation.baselineBroken', { version: baseline?.version ?? '?' })} description={state.result.baselineError} />
      ) : baseline ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('policies.simulation.comparedWith', { version: baseline.version, from: baseline.effective_from ?? '' })} />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('policies.simulation.noBaseline', { date: result.period.start })} />
      )}

      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}><Statistic title={t('policies.simulation.units')} value={result.units.length} /></Col>
        <Col xs={12} md={4}><Statistic title={t('policies.simulation.linesChanged')} value={summary.changed} suffix={`/ ${summary.lines.toLocaleString(locale)}`} /></Col>
        <Col xs={12} md={4}><Statistic title={t('policies.simulation.errors')} value={summary.errors.length} valueStyle={summary.errors.length ? { color: '#cf1322' } : undefined} /></Col>
        <Col xs={12} md={4}><Statistic title={t('policies.simulation.publishedTotal')} value={money(summary.total.before)} /></Col>
        <Col xs={12} md={4}><div data-testid="draft-total"><Statistic title={t('policies.simulation.draftTotal')} value={money(summary.total.after)} /></div></Col>
        <Col xs={12} md={4}><Statistic title={t('policies.simulation.difference')} value={money(summary.total.diff)} /></Col>
      </Row>
      <Typography.Paragraph type="secondary">{t('policies.simulation.took', { seconds: state.seconds.toFixed(1) })}</Typography.Paragraph>

      <Row gutter={16}>
        <Col xs={24} xxl={14}>
          <Card size="small" title={t('policies.simulation.perFeeItem')} style={{ marginBottom: 16 }}>
            <Table
              data-testid="fee-item-totals"
              size="small"
              rowKey="code"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={[...summary.feeItems]}
              columns={[
                { title: t('policies.simulation.feeItem'), dataIndex: 'code', render: (code: string) => feeItemLabel(code) },
                { title: t('policies.simulation.published'), dataIndex: 'before', align: 'right', render: money },
                { title: t('policies.simulation.draft'), dataIndex: 'after', align: 'right', render: money },
                { title: t('policies.simulation.difference'), dataIndex: 'diff', align: 'right', render: (v: string) => <Diff value={v} /> },
                { title: t('policies.simulation.changed'), dataIndex: 'changed', align: 'right' },
                { title: t('policies.simulation.errors'), dataIndex: 'errors', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={10}>
          <Card size="small" title={t('policies.simulation.chartTitle')} style={{ marginBottom: 16 }}>
            <TotalsChart hasBaseline={result.hasBaseline} items={summary.feeItems.map((item) => ({ label: feeItemLabel(item.code), before: item.before, after: item.after }))} />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('policies.simulation.biggest', { n: summary.biggest.length })} style={{ marginBottom: 16 }}>
        <Table<Change>
          data-testid="biggest-changes"
          size="small"
          rowKey={(c) => `${c.unit}/${c.feeItem}`}
          pagination={false}
          dataSource={[...summary.biggest]}
          locale={{ emptyText: t('policies.simulation.noChanges') }}
          columns={[
            { title: t('policies.simulation.room'), dataIndex: 'roomNo' },
            { title: t('policies.simulation.owner'), dataIndex: 'ownerName' },
            { title: t('policies.simulation.feeItem'), dataIndex: 'feeItem', render: (code: string) => feeItemLabel(code) },
            { title: t('policies.simulation.before'), dataIndex: 'before', align: 'right', render: money },
            { title: t('policies.simulation.after'), dataIndex: 'after', align: 'right', render: money },
            { title: t('policies.simulation.difference'), dataIndex: 'diff', align: 'right', render: (v: string) => <Diff value={v} /> },
            { title: '', key: 'why', render: (_, c) => why(c.unit) },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('policies.simulation.perUnit')}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <Select
              allowClear
              placeholder={t('policies.simulation.allFeeItems')}
              value={feeItem}
              onChange={(next?: string) => setFeeItem(next)}
              options={result.feeItems.map((code) => ({ value: code, label: feeItemLabel(code) }))}
              style={{ minWidth: 160 }}
            />
            <Input.Search allowClear placeholder={t('policies.simulation.searchUnit')} onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} style={{ width: 200 }} />
            <Space size={4}><Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} />{t('policies.simulation.onlyChanged')}</Space>
          </Space>
        }
      >
        <Table<UnitRow>
          data-testid="unit-table"
          size="small"
          rowKey="unit"
          dataSource={shown}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('list.total', { total }) }}
          columns={[
            { title: t('policies.simulation.room'), dataIndex: 'roomNo' },
            { title: t('policies.simulation.owner'), dataIndex: 'ownerName' },
            { title: t('policies.simulation.before'), dataIndex: 'before', align: 'right', render: money, sorter: byDecimal('before') },
            { title: t('policies.simulation.after'), dataIndex: 'after', align: 'right', render: money, sorter: byDecimal('after') },
            { title: t('policies.simulation.difference'), dataIndex: 'diff', align: 'right', render: (v: string) => <Diff value={v} />, sorter: byDecimal('diff') },
            { title: t('policies.simulation.errors'), dataIndex: 'errors', align: 'right', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : '') },
            { title: '', key: 'why', render: (_, r) => why(r.unit) },
          ]}
        />
      </Card>

      {summary.errors.length > 0 && (
        <Card size="small" title={t('policies.simulation.errorList', { n: summary.errors.length })} data-testid="simulation-errors">
          <Table<LineError & { key: number }>
            size="small"
            rowKey="key"
            dataSource={summary.errors.map((e, key) => ({ ...e, key }))}
            pagination={{ defaultPageSize: 10 }}
            columns={[
              { title: t('policies.simulation.room'), dataIndex: 'roomNo' },
              { title: t('policies.simulation.feeItem'), dataIndex: 'feeItem', render: (code: string) => feeItemLabel(code) },
              { title: t('policies.simulation.version'), dataIndex: 'side', render: (side: LineError['side']) => (side === 'draft' ? t('policies.simulation.draft') : t('policies.simulation.published')) },
              { title: t('policies.simulation.rule'), dataIndex: 'rule', render: (rule?: string) => rule ?? '—' },
              { title: t('policies.simulation.reason'), dataIndex: 'message' },
              { title: '', key: 'why', render: (_, e) => why(e.unit) },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
