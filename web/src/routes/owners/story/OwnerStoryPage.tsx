// 业主档案: one owner's whole story on one page, so whoever picks up the phone knows it — units held, bills and the
// balance, payments and receipts, dunning steps, promises and installment plans, service requests and callbacks,
// and every conversation. Each tab reads its own table; what the user's role may not read stays empty.
import { Show } from '@refinedev/antd';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useParams } from 'react-router';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { contactHistory, OUTCOMES, type ContactLog } from '../../dunning/desk-queries';
import { CHANNELS, isOneOf, stageLabel } from '../../dunning/stages';
import { useStaffNames } from '../../dunning/use-staff-names';
import { StatusTag, timeText } from '../../service/cells';
import {
  bills, dunningSteps, holdings, ownerArrears, ownerHead, payments, plans, serviceRequests,
  type BillLine, type DunningLine, type Holding, type PaymentLine, type PlanLine, type ServiceLine,
} from './queries';

/** Route /owners/:id/story */
export default function OwnerStoryPage() {
  const { id } = useParams<{ id: string }>();
  return id ? <Story ownerId={id} /> : null;
}

/** One tab's rows: loading, the refusal as it comes, or the table. */
function Part<R extends { id: string }>({ load, columns, testId }: {
  readonly load: { data?: R[]; isLoading: boolean; error: Error | null };
  readonly columns: ColumnsType<R>;
  readonly testId: string;
}) {
  return (
    <>
      {load.error && <Alert type="error" showIcon message={load.error.message} />}
      <Table<R> data-testid={testId} rowKey="id" size="small" loading={load.isLoading} dataSource={load.data ?? []} columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
    </>
  );
}

function Story({ ownerId }: { readonly ownerId: string }) {
  const { t, locale, enumLabel } = useI18n();
  const { project } = useProject();
  const key = (part: string) => ['owner-story', ownerId, part];
  const head = useQuery({ queryKey: key('head'), queryFn: () => ownerHead(ownerId) });
  const arrears = useQuery({ queryKey: key('arrears'), queryFn: () => ownerArrears(ownerId) });
  const units = useQuery({ queryKey: key('units'), queryFn: () => holdings(ownerId) });
  const billRows = useQuery({ queryKey: key('bills'), queryFn: () => bills(ownerId) });
  const paymentRows = useQuery({ queryKey: key('payments'), queryFn: () => payments(ownerId) });
  const dunning = useQuery({ queryKey: key('dunning'), queryFn: () => dunningSteps(ownerId) });
  const planRows = useQuery({ queryKey: key('plans'), queryFn: () => plans(ownerId) });
  const requests = useQuery({ queryKey: key('service'), queryFn: () => serviceRequests(ownerId) });
  const contacts = useQuery({ queryKey: key('contacts'), queryFn: () => contactHistory(project.id, ownerId) });
  const agentName = useStaffNames((contacts.data ?? []).map((log) => log.agent_id));
  const promises = { ...contacts, data: contacts.data?.filter((log) => log.promise_date !== null) };
  const feeName = (b: BillLine) => (locale === 'zh-CN' ? b.fee_name_zh : b.fee_name_en);

  const contactColumns: ColumnsType<ContactLog> = [
    { title: t('ownerStory.columns.at'), key: 'at', render: (_, log) => timeText(log.contacted_at) },
    { title: t('ownerStory.columns.channel'), key: 'channel', render: (_, log) => (isOneOf(CHANNELS, log.channel) ? t(`dunningDesk.channels.${log.channel}`) : log.channel) },
    { title: t('ownerStory.columns.outcome'), key: 'outcome', render: (_, log) => (log.outcome && isOneOf(OUTCOMES, log.outcome) ? t(`dunningDesk.outcomes.${log.outcome}`) : log.outcome) },
    { title: t('ownerStory.columns.promise'), key: 'promise', render: (_, log) => log.promise_date ?? '' },
    { title: t('ownerStory.columns.summary'), key: 'summary', render: (_, log) => log.summary },
    { title: t('ownerStory.columns.by'), key: 'by', render: (_, log) => agentName(log.agent_id) },
  ];

  return (
    <Show title={t('ownerStory.title', { owner: head.data?.name ?? '' })} isLoading={head.isLoading} headerButtons={() => null}>
      {head.error && <Alert type="error" showIcon message={head.error.message} />}
      {head.data && (
        <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }} data-testid="owner-story-head">
          <Descriptions.Item label={t('ownerStory.phone')}>{head.data.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ownerStory.balance')}>
            <strong data-testid="owner-story-balance">{formatMoney(arrears.data?.arrears ?? '0')}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('ownerStory.tags')}>{head.data.tags.map((tag) => <Tag key={tag}>{enumLabel('owner_tag', tag)}</Tag>)}</Descriptions.Item>
          {head.data.note && <Descriptions.Item label={t('ownerStory.note')} span={3}>{head.data.note}</Descriptions.Item>}
        </Descriptions>
      )}
      <Tabs items={[
        { key: 'units', label: t('ownerStory.tabs.units'), children: <Part<Holding> testId="owner-story-units" load={units} columns={[
          { title: t('ownerStory.columns.room'), key: 'room', render: (_, h) => h.unit?.room_no ?? '—' },
          { title: t('ownerStory.columns.area'), key: 'area', render: (_, h) => h.unit?.area ?? '' },
          { title: t('ownerStory.columns.from'), key: 'from', render: (_, h) => h.from_date },
          { title: t('ownerStory.columns.to'), key: 'to', render: (_, h) => h.to_date ?? t('ownerStory.current') },
        ]} /> },
        { key: 'bills', label: t('ownerStory.tabs.bills'), children: <Part<BillLine> testId="owner-story-bills" load={billRows} columns={[
          { title: t('ownerStory.columns.room'), key: 'room', render: (_, b) => b.room_no },
          { title: t('ownerStory.columns.fee'), key: 'fee', render: (_, b) => feeName(b) },
          { title: t('ownerStory.columns.period'), key: 'period', render: (_, b) => `${b.period_start}～${b.period_end}` },
          { title: t('ownerStory.columns.due'), key: 'due', render: (_, b) => b.due_date ?? '' },
          { title: t('ownerStory.columns.total'), key: 'total', align: 'right', render: (_, b) => formatMoney(b.total_due) },
          { title: t('ownerStory.columns.paid'), key: 'paid', align: 'right', render: (_, b) => formatMoney(b.paid) },
          { title: t('ownerStory.columns.balance'), key: 'balance', align: 'right', render: (_, b) => formatMoney(b.balance) },
          { title: t('ownerStory.columns.status'), key: 'status', render: (_, b) => t(`bills.status.${b.status}`) },
        ]} /> },
        { key: 'payments', label: t('ownerStory.tabs.payments'), children: <Part<PaymentLine> testId="owner-story-payments" load={paymentRows} columns={[
          { title: t('ownerStory.columns.at'), key: 'at', render: (_, p) => timeText(p.paid_at) },
          { title: t('ownerStory.columns.amount'), key: 'amount', align: 'right', render: (_, p) => formatMoney(p.amount) },
          { title: t('ownerStory.columns.method'), key: 'method', render: (_, p) => (p.method === 'prepaid' ? t('ownerStory.prepaid') : enumLabel('payment_method', p.method)) },
          { title: t('ownerStory.columns.receipts'), key: 'receipts', render: (_, p) => p.receipts.map((r) => (
            <Tag key={r.receipt_no} color={r.status === 'void' ? 'default' : 'green'}>No.{r.receipt_no} {t(`cashierDesk.receipts.status.${r.status}`)}</Tag>)) },
        ]} /> },
        { key: 'dunning', label: t('ownerStory.tabs.dunning'), children: <Part<DunningLine> testId="owner-story-dunning" load={dunning} columns={[
          { title: t('ownerStory.columns.day'), key: 'day', render: (_, d) => d.scheduled_on },
          { title: t('ownerStory.columns.stage'), key: 'stage', render: (_, d) => stageLabel(t, d.stage) },
          { title: t('ownerStory.columns.channel'), key: 'channel', render: (_, d) => t(`dunningDesk.channels.${d.channel}`) },
          { title: t('ownerStory.columns.status'), key: 'status', render: (_, d) => t(`dunningDesk.taskStatus.${d.status}`) },
          { title: t('ownerStory.columns.outcome'), key: 'result', render: (_, d) => d.result ?? '' },
        ]} /> },
        { key: 'promises', label: t('ownerStory.tabs.promises'), children: <>
          <Part<ContactLog> testId="owner-story-promises" load={promises} columns={contactColumns} />
          <Part<PlanLine> testId="owner-story-plans" load={planRows} columns={[
            { title: t('ownerStory.columns.at'), key: 'at', render: (_, p) => timeText(p.created_at) },
            { title: t('ownerStory.columns.total'), key: 'total', align: 'right', render: (_, p) => formatMoney(p.total) },
            { title: t('ownerStory.columns.schedule'), key: 'schedule', render: (_, p) => p.schedule.map((s) => `${s.due} ${formatMoney(s.amount)}`).join('；') },
            { title: t('ownerStory.columns.status'), key: 'status', render: (_, p) => t(`dunningDesk.plans.status.${p.status}`) },
          ]} />
        </> },
        { key: 'service', label: t('ownerStory.tabs.service'), children: <Part<ServiceLine> testId="owner-story-service" load={requests} columns={[
          { title: t('serviceDesk.columns.no'), key: 'no', render: (_, r) => r.request_no },
          { title: t('ownerStory.columns.at'), key: 'at', render: (_, r) => timeText(r.received_at) },
          { title: t('serviceDesk.columns.category'), key: 'category', render: (_, r) => (r.category ? (locale === 'zh-CN' ? r.category.name_zh : r.category.name_en) : enumLabel('request_kind', r.kind)) },
          { title: t('serviceDesk.columns.description'), key: 'description', render: (_, r) => r.description },
          { title: t('serviceDesk.columns.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
          { title: t('ownerStory.columns.callbacks'), key: 'callbacks', render: (_, r) => r.callbacks.map((c) => (
            <div key={c.at}>{timeText(c.at)} {t(`serviceDesk.outcomes.${c.outcome}`)}{c.satisfaction !== null ? ` ${'★'.repeat(c.satisfaction)}` : ''} {c.comment ?? ''}</div>)) },
        ]} /> },
        { key: 'contacts', label: t('ownerStory.tabs.contacts'), children: <Part<ContactLog> testId="owner-story-contacts" load={contacts} columns={contactColumns} /> },
      ]} />
    </Show>
  );
}
