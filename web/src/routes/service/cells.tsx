// How a request shows in every list: its running clock (red when breached, orange within ten minutes), its flags
// (紧急, 争议, 已升级, reopened) and its status.
import { Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/use-i18n';
import { clockTone, durationText, type ClockTone } from './clock';
import type { WorklistRow } from './queries';

const TONE_COLOR: Readonly<Record<ClockTone, string>> = { breached: 'red', soon: 'orange', ok: 'default' };

export const timeText = (at: string | null) => (at === null ? '—' : dayjs(at).format('YYYY-MM-DD HH:mm'));

export function ClockCell({ row }: { readonly row: Pick<WorklistRow, 'clock' | 'due' | 'minutes_left'> }) {
  const { t } = useI18n();
  if (row.clock === null || row.minutes_left === null) return <span>—</span>;
  const tone = clockTone(row.minutes_left);
  const left = durationText(row.minutes_left, t);
  return (
    <Tooltip title={t('serviceDesk.clock.due', { time: timeText(row.due) })}>
      <Tag color={TONE_COLOR[tone]} data-testid="service-clock" data-tone={tone}>
        {t(`serviceDesk.clocks.${row.clock}`)} · {tone === 'breached' ? t('serviceDesk.clock.over', { time: left }) : t('serviceDesk.clock.left', { time: left })}
      </Tag>
    </Tooltip>
  );
}

export function FlagsCell({ row }: { readonly row: Pick<WorklistRow, 'emergency' | 'disputing' | 'escalated' | 'reopened'> }) {
  const { t } = useI18n();
  return (
    <Space size={2} wrap>
      {row.emergency && <Tag color="red" data-testid="service-emergency">{t('serviceDesk.flags.emergency')}</Tag>}
      {row.disputing && <Tag color="purple" data-testid="service-dispute">{t('serviceDesk.flags.dispute')}</Tag>}
      {row.escalated && <Tag color="volcano">{t('serviceDesk.flags.escalated')}</Tag>}
      {row.reopened > 0 && <Tag>{t('serviceDesk.flags.reopened', { count: row.reopened })}</Tag>}
    </Space>
  );
}

export function StatusTag({ status }: { readonly status: WorklistRow['status'] }) {
  const { enumLabel } = useI18n();
  return <Tag data-testid="service-status" data-status={status}>{enumLabel('request_status', status)}</Tag>;
}
