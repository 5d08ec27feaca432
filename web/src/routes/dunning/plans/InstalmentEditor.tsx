// The instalments of a plan being drafted: a due date and an amount per row, rows added and removed, or an even
// monthly split of the total to start from; the running sum next to the total.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { DayPicker, today } from '../DayPicker';
import { draftSum, isAmount, splitEvenly, type InstalmentDraft } from '../schedule';

interface Props {
  readonly total: string;
  readonly value: readonly InstalmentDraft[];
  readonly onChange: (next: InstalmentDraft[]) => void;
}

export function InstalmentEditor({ total, value, onChange }: Props) {
  const { t } = useI18n();
  const [count, setCount] = useState(3);
  const set = (i: number, change: Partial<InstalmentDraft>) => onChange(value.map((d, j) => (j === i ? { ...d, ...change } : d)));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((draft, i) => (
        <Space key={i} data-testid="dunning-plan-instalment">
          <Typography.Text>{i + 1}.</Typography.Text>
          <DayPicker value={draft.due} onChange={(due) => set(i, { due })} placeholder={t('dunningDesk.plans.form.due')} testId="dunning-plan-due" />
          <Input style={{ width: 160 }} prefix="¥" value={draft.amount} placeholder={t('dunningDesk.plans.form.amount')}
            onChange={(e) => set(i, { amount: e.target.value })} data-testid="dunning-plan-amount" />
          <Button icon={<DeleteOutlined />} aria-label={t('dunningDesk.plans.form.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Space>
      ))}
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { due: null, amount: '' }])} data-testid="dunning-plan-add">
          {t('dunningDesk.plans.form.add')}
        </Button>
        <InputNumber min={1} max={36} value={count} onChange={(n) => n && setCount(n)} addonAfter={t('dunningDesk.plans.form.count')} style={{ width: 140 }} />
        <Button disabled={!isAmount(total)} data-testid="dunning-plan-split"
          onClick={() => onChange(splitEvenly(total, count, value[0]?.due ?? today()))}>
          {t('dunningDesk.plans.form.split')}
        </Button>
        <Typography.Text data-testid="dunning-plan-sum">{t('dunningDesk.plans.form.sum', { sum: formatMoney(draftSum(value)) })}</Typography.Text>
      </Space>
    </Space>
  );
}
