// The signed-in user's own day (日结): pick the business day (today in the project's time zone to start with), see
// what it should hold by method, count the cash, give the deposit reference, say why when the count differs
// (the difference shows as it is typed), submit — again if need be, until finance verifies the day.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { localTime, todayIn } from '../business-day';
import { sameByMethod } from '../amounts';
import { CloseForm } from './CloseForm';
import { ExpectedByMethod } from './ExpectedByMethod';
import { closeOf, expectedOfMyDay, type DailyClose } from './queries';

interface Props {
  readonly projectId: string;
  readonly cashierId: string;
  readonly timeZone: string;
}

const STATUS_COLORS = { none: 'default', open: 'default', submitted: 'processing', verified: 'success' } as const;

export function MyDay({ projectId, cashierId, timeZone }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(() => todayIn(timeZone));
  const expected = useQuery({ queryKey: ['cashier-expected', projectId, day], queryFn: () => expectedOfMyDay(projectId, day) });
  const close = useQuery({ queryKey: ['cashier-close', projectId, cashierId, day], queryFn: () => closeOf(projectId, cashierId, day) });
  const error = expected.error ?? close.error;
  const status = close.data?.status ?? 'none';
  // Payments of the day changed after it was submitted (a reversal, say): finance cannot verify it until it is submitted again.
  const stale = close.data?.status === 'submitted' && expected.data !== undefined && !sameByMethod(close.data.expected, expected.data);
  const submitted = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ['cashier-expected', projectId, day] }),
    queryClient.invalidateQueries({ queryKey: ['cashier-close', projectId, cashierId, day] }),
    queryClient.invalidateQueries({ queryKey: ['cashier-closes', projectId] }),
  ]);

  return (
    <Card title={t('cashierDesk.close.mine')} data-testid="close-mine">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Typography.Text>{t('cashierDesk.close.day')}</Typography.Text>
          <DatePicker data-testid="close-day" allowClear={false} value={dayjs(day)} onChange={(next: Dayjs | null) => next && setDay(next.format('YYYY-MM-DD'))} />
          <Tag color={STATUS_COLORS[status]} data-testid="close-status" data-status={status}>{t(`cashierDesk.close.status.${status}`)}</Tag>
          {close.data?.verified_at && <VerifiedBy close={close.data} timeZone={timeZone} />}
        </Space>
        {error && <Alert type="error" showIcon message={error.message} />}
        {stale && <Alert type="warning" showIcon data-testid="close-stale" message={t('cashierDesk.close.changedSinceSubmitted')} />}
        <ExpectedByMethod expected={expected.data ?? {}} loading={expected.isLoading} />
        {expected.data && close.isSuccess && (
          // Starts from what was submitted; a new day or a new close starts afresh.
          <CloseForm key={`${day}/${close.data?.id ?? ''}`} projectId={projectId} day={day} expectedCash={expected.data.cash}
            close={close.data} onSubmitted={submitted} />
        )}
      </Space>
    </Card>
  );
}

function VerifiedBy({ close, timeZone }: { readonly close: DailyClose; readonly timeZone: string }) {
  const { t } = useI18n();
  return <Typography.Text type="secondary">{t('cashierDesk.close.verifiedBy', { name: close.verifierName ?? '—', at: localTime(close.verified_at!, timeZone) })}</Typography.Text>;
}
