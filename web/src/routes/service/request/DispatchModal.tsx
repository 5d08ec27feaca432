// 派工: to a department (the category's by default) and one of its staff, with instructions, the owner's contact and
// an optional deadline earlier than the category's completion time. A re-dispatch replaces the open order.
import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { ENUMS, type Department } from '../../../domain/enums';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { assignees, dispatchRequest, type RequestRef } from '../queries';

interface Props {
  readonly request: RequestRef;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function DispatchModal({ request, onClose, onDone }: Props) {
  const { t, enumLabel } = useI18n();
  const { project } = useProject();
  const [department, setDepartment] = useState<Department>(request.department);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [contact, setContact] = useState([request.contact_name, request.contact_phone].filter(Boolean).join(' '));
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const { busy, error, run } = useAsyncAction();
  const staff = useQuery({
    queryKey: ['service', project.id, 'assignees', department],
    queryFn: () => assignees(project.id, department),
  });

  const save = () => run(async () => {
    await dispatchRequest(request.id, { department, assigneeId, instructions: instructions.trim(), contact, deadline: deadline?.toISOString() ?? null });
    onDone();
  });

  return (
    <Modal open title={t('serviceDesk.dispatch.title', { no: request.request_no })} okText={t('serviceDesk.dispatch.save')}
      okButtonProps={{ disabled: instructions.trim() === '', 'data-testid': 'service-dispatch-save' }}
      confirmLoading={busy} onOk={() => void save()} onCancel={onClose}>
      <Form layout="vertical">
        <Form.Item label={t('serviceDesk.dispatch.department')} required>
          <Select data-testid="service-dispatch-department" value={department}
            onChange={(value: Department) => { setDepartment(value); setAssigneeId(null); }}
            options={ENUMS.department.map((d) => ({ value: d, label: enumLabel('department', d) }))} />
        </Form.Item>
        <Form.Item label={t('serviceDesk.dispatch.assignee')} extra={t('serviceDesk.dispatch.assigneeHint')}>
          <Select data-testid="service-dispatch-assignee" allowClear showSearch optionFilterProp="label" loading={staff.isLoading}
            value={assigneeId} onChange={(value: string | undefined) => setAssigneeId(value ?? null)}
            options={(staff.data ?? []).map((s) => ({
              value: s.userId,
              label: s.name,
            }))} />
        </Form.Item>
        <Form.Item label={t('serviceDesk.dispatch.instructions')} required>
          <Input.TextArea autoSize={{ minRows: 2 }} value={instructions} onChange={(e) => setInstructions(e.target.value)}
            data-testid="service-dispatch-instructions" />
        </Form.Item>
        <Form.Item label={t('serviceDesk.dispatch.contact')}>
          <Input value={contact} onChange={(e) => setContact(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('serviceDesk.dispatch.deadline')} extra={t('serviceDesk.dispatch.deadlineHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={deadline} onChange={setDeadline} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="service-dispatch-error" />}
    </Modal>
  );
}
