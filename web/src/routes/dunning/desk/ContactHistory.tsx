// An owner's conversations, newest first: when, how, what was said, how it ended, and who recorded it.
import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { contactHistory, HISTORY_LIMIT, OUTCOMES } from '../desk-queries';
import { CHANNELS, isOneOf } from '../stages';
import { useStaffNames } from '../use-staff-names';


interface Props {
  readonly projectId: string;
  readonly owner: { readonly id: string; readonly name: string };
  readonly onClose: () => void;
}

export function ContactHistory({ projectId, owner, onClose }: Props) {
  const { t, locale } = useI18n();
  const logs = useQuery({ queryKey: ['dunning', projectId, 'history', owner.id], queryFn: () => contactHistory(projectId, owner.id) });
  const agentName = useStaffNames((logs.data ?? []).map((log) => log.agent_id));
  const rows = logs.data ?? [];
  return (
    <Drawer open width={520} title={t('dunningDesk.history.title', { owner: owner.name })} onClose={onClose} data-testid="dunning-history-drawer">
      {logs.isLoading && <Spin />}
      {logs.error && <Alert type="error" showIcon message={logs.error.message} />}
      {logs.data && rows.length === 0 && <Empty description={t('dunningDesk.history.none')} />}
      {rows.length >= HISTORY_LIMIT && <Typography.Paragraph type="secondary">{t('dunningDesk.history.limited', { count: HISTORY_LIMIT })}</Typography.Paragraph>}
      <Timeline
        items={rows.map((log) => ({
          key: log.id,
          children: (
            <div data-testid="dunning-history-entry">
              <Typography.Text type="secondary">
                {new Date(log.contacted_at).toLocaleString(locale)} · {isOneOf(CHANNELS, log.channel) ? t(`dunningDesk.channels.${log.channel}`) : log.channel} · {agentName(log.agent_id)}
              </Typography.Text>
              <div>
                {log.outcome && <Tag>{isOneOf(OUTCOMES, log.outcome) ? t(`dunningDesk.outcomes.${log.outcome}`) : log.outcome}</Tag>}
                {log.promise_date && <Tag color="blue">{t('dunningDesk.history.promise', { date: log.promise_date })}</Tag>}
              </div>
              <div>{log.summary}</div>
            </div>
          ),
        }))}
      />
    </Drawer>
  );
}
