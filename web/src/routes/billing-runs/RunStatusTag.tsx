import { SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { RunStatus } from './run-stats';

const COLORS: Record<RunStatus, string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

export function RunStatusTag({ status }: { readonly status: RunStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status]} icon={status === 'running' ? <SyncOutlined spin /> : undefined} data-testid="run-status" data-status={status}>
      {t(`billingRuns.status.${status}`)}
    </Tag>
  );
}
