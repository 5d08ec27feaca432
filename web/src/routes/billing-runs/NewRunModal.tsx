// Starting a billing run: the period (a month, quarter or year), the fee items (all recurring ones unless narrowed),
// optionally some buildings, and the "as of" day for late fees. The function answers at once and bills on; a
// refusal (a run already going, a bad request) is shown as the server words it.
import { useAsyncAction } from '../../components/use-async-action';
import { PeriodPicker } from '../../components/PeriodPicker';
import { Alert, DatePicker, Form, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { periodContaining, PERIOD_KINDS, type PeriodKind } from '../policies/simulation/period';
import { startRun } from './queries';
import { allFeeItemCodes, startRunBody } from './run-request';
import type { ProjectScope } from './use-project-scope';

const DATE = 'YYYY-MM-DD';

interface Props {
  readonly projectId: string;
  readonly scope: ProjectScope;
  readonly onClose: () => void;
  readonly onStarted: () => void;
}

export function NewRunModal({ projectId, scope, onClose, onStarted }: Props) {
  const { t } = useI18n();
  const today = dayjs().format(DATE);
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState(today);
  const [asOf, setAsOf] = useState(today);
  const allFeeItems = useMemo(() => allFeeItemCodes(scope.feeItems), [scope.feeItems]);
  // null until the user narrows them: the fee items may still be loading.
  const [chosenFeeItems, setChosenFeeItems] = useState<string[] | null>(null);
  const [buildingIds, setBuildingIds] = useState<string[]>([]);
  const feeItems = chosenFeeItems ?? allFeeItems;
  const period = periodContaining(kind, anchor);
  const { busy, error, run } = useAsyncAction();
  const submit = async () => {
    await run(async () => {
      await startRun(startRunBody(projectId, { kind, anchor, feeItems, buildingIds, asOf }, allFeeItems));
      onStarted();
    });
  };

  return (
    <Modal
      open
      title={t('billingRuns.newRun')}
      okText={t('billingRuns.form.submit')}
      okButtonProps={{ disabled: feeItems.length === 0, 'data-testid': 'run-submit' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      width={600}
    >
      <Form layout="vertical" data-testid="new-run-form">
        <Form.Item label={t('billingRuns.form.periodKind')}>
          <Radio.Group
            optionType="button"
            value={kind}
            onChange={(e) => setKind(e.target.value as PeriodKind)}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: <span data-testid={`run-kind-${k}`}>{t(`billingRuns.form.kinds.${k}`)}</span> }))}
          />
        </Form.Item>
        <Form.Item label={t('billingRuns.form.period')} extra={<span data-testid="run-period-text">{t('billingRuns.form.periodText', { start: period.start, end: period.end })}</span>}>
          <PeriodPicker kind={kind} anchor={anchor} onChange={setAnchor} testId="run-period" />
        </Form.Item>
        <Form.Item
          label={t('billingRuns.form.feeItems')}
          required
          validateStatus={feeItems.length === 0 ? 'error' : undefined}
          help={feeItems.length === 0 ? t('billingRuns.form.feeItemsRequired') : undefined}
        >
          <Select
            data-testid="run-fee-items"
            mode="multiple"
            value={feeItems}
            onChange={setChosenFeeItems}
            options={scope.feeItems.filter((item) => item.active).map((item) => ({ value: item.code, label: scope.feeItemLabel(item.code) }))}
          />
        </Form.Item>
        <Form.Item label={t('billingRuns.form.buildings')}>
          <Select
            data-testid="run-buildings"
            mode="multiple"
            allowClear
            placeholder={t('billingRuns.allBuildings')}
            value={buildingIds}
            onChange={setBuildingIds}
            optionFilterProp="label"
            options={scope.buildings.map((building) => ({ value: building.id, label: building.name }))}
          />
        </Form.Item>
        <Form.Item label={t('billingRuns.form.asOf')} tooltip={t('billingRuns.form.asOfHint')}>
          <DatePicker data-testid="run-as-of" format={DATE} allowClear={false} value={dayjs(asOf, DATE)} onChange={(next: Dayjs | null) => next && setAsOf(next.format(DATE))} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon data-testid="run-error" message={t('billingRuns.form.failed')} description={error} />}
    </Modal>
  );
}
