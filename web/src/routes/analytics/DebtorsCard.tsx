// The owners who owe the most now (reviewed bills), with their rooms and oldest due date — across the company,
// or within one project.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { debtorColumns } from './columns';
import { topDebtors } from './queries';
import { TableCard } from './TableCard';
import type { ViewState } from './use-view';

const DEBTORS = 20;

export function DebtorsCard({ projectId, state }: { readonly projectId: string | null; readonly state: ViewState }) {
  const { t } = useI18n();
  const debtors = useQuery({ queryKey: ['analytics', 'debtors', projectId], queryFn: () => topDebtors(DEBTORS, projectId) });
  const columns = useMemo(() => debtorColumns(projectId === null), [projectId]);
  return (
    <TableCard title={t('dashboard.cards.debtors')} query={debtors} rows={debtors.data} columns={columns}
      rowKey={(r) => `${r.project_id}/${r.owner_id}`} state={state} testId="analytics-debtors" />
  );
}
