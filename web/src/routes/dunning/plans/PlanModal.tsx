// Proposing an installment plan: the owner (found among those who owe something), the total (their arrears to
// start with) and the instalments, which must add up to the total exactly. Every problem is listed as it arises;
// the plan can be submitted once there are none, and then waits for a manager or finance to approve it.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAsyncAction } from '../../../components/use-async-action';
import { useSettledText } from '../../../components/use-settled-text';
import { formatMoney } from '../../../fields/money';
import { fieldIssueText } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/use-i18n';
import { searchDebtors, type OwnerArrears } from '../desk-queries';
import { proposePlan } from '../plan-queries';
import { checkSchedule, type InstalmentDraft, type ScheduleIssue } from '../schedule';
import { InstalmentEditor } from './InstalmentEditor';

/** Owners with arrears matching what was typed, looked up once typing pauses. */
function useDebtorSearch(projectId: string) {
  const { onType, settled } = useSettledText();
  const owners = useQuery({ queryKey: ['dunning', projectId, 'debtors', settled], queryFn: () => searchDebtors(projectId, settled), enabled: settled !== '' });
  return { onSearch: onType, owners: owners.data ?? [], searching: owners.isFetching };
}

function useIssueText() {
  const { t, locale } = useI18n();
  return (issue: ScheduleIssue): string => {
    switch (issue.kind) {
      case 'total': return t('dunningDesk.plans.issues.total', { issue: fieldIssueText(locale, issue.issue) });
      case 'amount': return t('dunningDesk.plans.issues.amount', { row: issue.row, issue: fieldIssueText(locale, issue.issue) });
      case 'due': return t('dunningDesk.plans.issues.due', { row: issue.row });
      case 'order': return t('dunningDesk.plans.issues.order', { row: issue.row });
      case 'empty': return t('dunningDesk.plans.issues.empty');
      case 'sum': return t('dunningDesk.plans.issues.sum', { sum: formatMoney(issue.sum), total: formatMoney(issue.total), difference: formatMoney(issue.difference) });
    }
  };
}

interface Props {
  readonly projectId: string;
  readonly onClose: () => void;
  readonly onCreated: () => void;
}

export function PlanModal({ projectId, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const search = useDebtorSearch(projectId);
  const issueText = useIssueText();
  const [owner, setOwner] = useState<OwnerArrears | null>(null);
  const [total, setTotal] = useState('');
  const [instalments, setInstalments] = useState<InstalmentDraft[]>([]);
  const { busy, error, run } = useAsyncAction();
  const check = useMemo(() => checkSchedule(total, instalments), [total, instalments]);
  const issues = [...(owner ? [] : [t('dunningDesk.plans.issues.owner')]), ...(check.ok ? [] : check.issues.map(issueText))];

  const choose = (ownerId: string) => {
    const chosen = search.owners.find((o) => o.owner_id === ownerId) ?? null;
    setOwner(chosen);
    if (chosen) setTotal(chosen.arrears);
  };
  const submit = () => run(async () => {
    if (!owner || !check.ok) return;
    await proposePlan({ projectId, ownerId: owner.owner_id, total: check.total, schedule: check.schedule });
    onCreated();
  });

  return (
    <Modal
      open
      width={640}
      title={t('dunningDesk.plans.form.title')}
      okText={t('dunningDesk.plans.form.submit')}
      okButtonProps={{ disabled: issues.length > 0, 'data-testid': 'dunning-plan-submit' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('dunningDesk.plans.form.owner')} required
          extra={owner && t('dunningDesk.plans.form.arrears', { arrears: formatMoney(owner.arrears), bills: owner.bills })}>
          <Select data-testid="dunning-plan-owner" showSearch filterOption={false} placeholder={t('dunningDesk.plans.form.ownerSearch')}
            value={owner?.owner_id} onSearch={search.onSearch} loading={search.searching} onChange={choose} notFoundContent={null}
            options={search.owners.map((o) => ({
              value: o.owner_id,
              label: t('dunningDesk.plans.form.ownerOption', { name: o.owner_name, rooms: o.rooms, arrears: formatMoney(o.arrears) }),
            }))} />
        </Form.Item>
        <Form.Item label={t('dunningDesk.plans.form.total')} required>
          <Input style={{ width: 200 }} prefix="¥" value={total} onChange={(e) => setTotal(e.target.value)} data-testid="dunning-plan-total" />
        </Form.Item>
        <Form.Item label={t('dunningDesk.plans.form.instalments')} required>
          <InstalmentEditor total={total} value={instalments} onChange={setInstalments} />
        </Form.Item>
      </Form>
      {issues.length > 0 && (
        <Alert type="warning" showIcon data-testid="dunning-plan-issues"
          message={<ul style={{ margin: 0, paddingLeft: 16 }}>{issues.map((issue) => <li key={issue}>{issue}</li>)}</ul>} />
      )}
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon data-testid="dunning-plan-error" message={error} />}
    </Modal>
  );
}
