import { Tag } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import type { PolicyStatus } from '../document/versions';

const COLORS: Record<PolicyStatus, string> = { draft: 'blue', published: 'green', retired: 'default' };

export function StatusTag({ status }: { readonly status: PolicyStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]} data-testid="policy-status">{t(`policies.status.${status}`)}</Tag>;
}
