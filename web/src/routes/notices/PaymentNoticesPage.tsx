// 缴费通知单: for a period and a whole building or one owner, one notice per owner from the bills finance has
// approved or issued, previewed as A4 sheets; 打印 prints them one per page and "下载 PDF" is the print dialog's
// "Save as PDF" (the browser renders the PDF, so what is saved is exactly what prints).
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Progress, Radio, Select, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { PeriodPicker } from '../../components/PeriodPicker';
import { PrintSheets, printAs } from '../../components/print/PrintSheets';
import { useSettledText } from '../../components/use-settled-text';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { useProjectScope } from '../billing-runs/use-project-scope';
import { periodContaining, PERIOD_KINDS, type PeriodKind } from '../policies/simulation/period';
import type { Period } from '../policies/simulation/types';
import { groupNotices } from './group-notices';
import { NoticeSheet } from './NoticeSheet';
import { countAwaitingReview, loadNoticeLines, loadOffice, searchOwners, type Selection } from './queries';
import './notices.css';

function usePeriodLabel(kind: PeriodKind, period: Period): string {
  const { t } = useI18n();
  const month = Number(period.start.slice(5, 7));
  const name = t(`notices.periods.${kind}`, { year: period.start.slice(0, 4), month, quarter: Math.ceil(month / 3) });
  return t('notices.periodLabel', { name, start: period.start, end: period.end });
}

/** Owners whose name or room contains what was typed, looked up once typing pauses. */
function useOwnerSearch(projectId: string, period: Period) {
  const { onType, settled: term } = useSettledText();
  const owners = useQuery({
    queryKey: ['notice-owners', projectId, period, term],
    queryFn: () => searchOwners(projectId, period, term),
    enabled: term !== '',
  });
  return { onSearch: onType, owners: owners.data ?? [], searching: owners.isFetching };
}

function Notices({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const scope = useProjectScope(projectId);
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [by, setBy] = useState<Selection['kind']>('building');
  const [selection, setSelection] = useState<Selection | null>(null);
  const period = useMemo(() => periodContaining(kind, anchor), [kind, anchor]);
  const periodLabel = usePeriodLabel(kind, period);
  const search = useOwnerSearch(projectId, period);

  const office = useQuery({ queryKey: ['notice-office', projectId], queryFn: () => loadOffice(projectId) });
  const lines = useQuery({
    queryKey: ['notice-lines', projectId, period, selection],
    queryFn: ({ signal }) => loadNoticeLines(projectId, period, selection!, signal),
    enabled: selection !== null,
  });
  const awaiting = useQuery({
    queryKey: ['notice-awaiting', projectId, period, selection],
    queryFn: () => countAwaitingReview(projectId, period, selection!),
    enabled: selection !== null,
  });
  const notices = useMemo(() => groupNotices(lines.data ?? []), [lines.data]);
  const issuedOn = dayjs().format('YYYY-MM-DD');
  const ready = selection !== null && office.data !== undefined && lines.data !== undefined;
  const error = office.error ?? lines.error ?? awaiting.error;

  const sheets = office.data && notices.map((notice) => (
    <NoticeSheet key={notice.key} notice={notice} office={office.data} period={periodLabel} issuedOn={issuedOn} />
  ));
  const fileName = `${t('notices.title')}-${office.data?.name ?? ''}-${period.start}-${period.end}`;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={4}>{t('payment_notices.titles.list')}</Typography.Title>
      <Space wrap>
        <Radio.Group optionType="button" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: <span data-testid={`notices-kind-${k}`}>{t(`billingRuns.form.kinds.${k}`)}</span> }))} />
        <PeriodPicker kind={kind} anchor={anchor} onChange={setAnchor} testId="notices-period" />
        <Radio.Group optionType="button" value={by} onChange={(e) => { setBy(e.target.value as Selection['kind']); setSelection(null); }}
          options={(['building', 'owner'] as const).map((k) => ({ value: k, label: <span data-testid={`notices-by-${k}`}>{t(`notices.by.${k}`)}</span> }))} />
        {by === 'building' ? (
          <Select data-testid="notices-building" style={{ width: 200 }} showSearch optionFilterProp="label" placeholder={t('notices.building')}
            value={selection?.id} onChange={(id: string) => setSelection({ kind: 'building', id })}
            options={scope.buildings.map((building) => ({ value: building.id, label: building.name }))} />
        ) : (
          <Select data-testid="notices-owner" style={{ width: 320 }} showSearch filterOption={false} placeholder={t('notices.ownerSearch')}
            value={selection?.id} onSearch={search.onSearch} loading={search.searching} onChange={(id: string) => setSelection({ kind: 'owner', id })}
            notFoundContent={null}
            options={search.owners.map((owner) => ({ value: owner.id, label: t('notices.ownerOption', { name: owner.name, rooms: owner.rooms.join(t('notices.listSeparator')) }) }))} />
        )}
        <Button type="primary" disabled={notices.length === 0} onClick={() => printAs(fileName)} data-testid="notices-print">{t('notices.print')}</Button>
        <Tooltip title={t('notices.pdfHint')}>
          <Button disabled={notices.length === 0} onClick={() => printAs(fileName)} data-testid="notices-pdf">{t('notices.pdf')}</Button>
        </Tooltip>
      </Space>

      {error && <Alert type="error" showIcon message={error.message} />}
      {selection === null && <Empty description={t('notices.choose')} />}
      {selection !== null && !ready && !error && <Progress percent={99} status="active" showInfo={false} data-testid="notices-loading" />}
      {ready && (awaiting.data ?? 0) > 0 && (
        <Alert type={notices.length === 0 ? 'warning' : 'info'} showIcon data-testid="notices-awaiting"
          message={t(notices.length === 0 ? 'notices.onlyAwaiting' : 'notices.awaiting', { count: awaiting.data })} />
      )}
      {ready && notices.length === 0 && awaiting.data === 0 && <Empty description={t('notices.none')} />}
      {ready && notices.length > 0 && (
        <>
          <Typography.Text data-testid="notices-count">{t('notices.count', { count: notices.length })}</Typography.Text>
          <PrintSheets paper="a4" testId="notices-preview">{sheets}</PrintSheets>
        </>
      )}
    </Space>
  );
}

/** Route /billing/notices; everything resets when the user switches project. */
export default function PaymentNoticesPage() {
  const { project } = useProject();
  return <Notices key={project.id} projectId={project.id} />;
}
