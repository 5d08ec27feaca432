// Simulation before publishing: choose a period and an "as of" day, run the draft and the version in force over
// every unit of the project (in a worker, with progress), and read the comparison.
import { PeriodPicker } from '../../../components/PeriodPicker';
import { PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Progress, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { ExplanationDrawer } from './ExplanationDrawer';
import { periodAfter, periodContaining, PERIOD_KINDS, type PeriodKind } from './period';
import { SimulationResults } from './SimulationResults';
import type { Period } from './types';
import { useSimulation } from './use-simulation';

const DATE = 'YYYY-MM-DD';

interface Props {
  readonly policyId: string;
  readonly draft: unknown;
  /** Problems that stop the draft from compiling: nothing to simulate until they are fixed. */
  readonly issueCount: number;
  readonly unsaved: boolean;
  readonly project: { readonly id: string; readonly company_id: string; readonly name: string };
  readonly feeItemLabel: (code: string) => string;
  readonly onSimulated: (period: Period) => void;
}

export function SimulationPanel({ policyId, draft, issueCount, unsaved, project, feeItemLabel, onSimulated }: Props) {
  const { t } = useI18n();
  const today = dayjs().format(DATE);
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState(() => periodAfter('quarter', today).start);
  const [asOf, setAsOf] = useState(today);
  const [whyUnit, setWhyUnit] = useState<number | undefined>(undefined);
  const period = useMemo(() => periodContaining(kind, anchor), [kind, anchor]);
  const { state, start, cancel } = useSimulation(project);

  useEffect(() => {
    if (state.phase === 'done') onSimulated(state.result.period);
  }, [state, onSimulated]);

  const busy = state.phase === 'loading' || state.phase === 'running';
  const percent = state.phase === 'loading' ? (state.total ? Math.floor((state.loaded / state.total) * 100) : 0)
    : state.phase === 'running' ? (state.total ? Math.floor((state.done / state.total) * 100) : 0) : 0;

  return (
    <div data-testid="simulation-panel">
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('policies.simulation.periodKind')}>
          <Select
            value={kind}
            onChange={(next: PeriodKind) => setKind(next)}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`policies.simulation.kinds.${k}`) }))}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label={t('policies.simulation.period')}>
          <PeriodPicker kind={kind} anchor={anchor} onChange={setAnchor} testId="simulation-period" />
        </Form.Item>
        <Form.Item label={t('policies.simulation.asOf')} tooltip={t('policies.simulation.asOfHint')}>
          <DatePicker data-testid="simulation-as-of" format={DATE} allowClear={false} value={dayjs(asOf, DATE)} onChange={(next: Dayjs | null) => next && setAsOf(next.format(DATE))} />
        </Form.Item>
        <Form.Item>
          {busy ? (
            <Button icon={<StopOutlined />} onClick={cancel}>{t('policies.simulation.cancel')}</Button>
          ) : (
            <Button
              type="primary"
              data-testid="run-simulation"
              icon={<PlayCircleOutlined />}
              disabled={issueCount > 0}
              onClick={() => void start({ draft, policyId, period, asOf })}
            >
              {t('policies.simulation.run')}
            </Button>
          )}
        </Form.Item>
      </Form>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <span data-testid="simulation-period-text">{t('policies.simulation.periodText', { start: period.start, end: period.end })}</span>
        {issueCount > 0 && <Alert type="warning" showIcon message={t('policies.simulation.fixIssuesFirst', { n: issueCount })} />}
        {unsaved && issueCount === 0 && <Alert type="info" showIcon message={t('policies.simulation.unsavedNote')} />}
      </Space>
      {busy && (
        <div data-testid="simulation-progress" style={{ marginBottom: 16 }}>
          <div>{state.phase === 'loading'
            ? t('policies.simulation.loadingUnits', { loaded: state.loaded, total: state.total })
            : t('policies.simulation.evaluating', { done: state.done, total: state.total })}</div>
          <Progress percent={percent} status="active" />
        </div>
      )}
      {state.phase === 'error' && <Alert type="error" showIcon message={t('policies.simulation.failed')} description={state.message} style={{ marginBottom: 12 }} />}
      {state.phase === 'done' && (
        <>
          <SimulationResults state={state} feeItemLabel={feeItemLabel} onWhy={setWhyUnit} />
          <ExplanationDrawer
            row={whyUnit === undefined ? undefined : state.rows[whyUnit]}
            draft={state.draft}
            published={state.published}
            feeItems={state.result.feeItems}
            feeItemLabel={feeItemLabel}
            period={state.result.period}
            asOf={state.result.asOf}
            onClose={() => setWhyUnit(undefined)}
          />
        </>
      )}
    </div>
  );
}
