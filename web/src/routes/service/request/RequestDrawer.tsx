// One request: what the owner asked, where, for whom; its photos; its timeline (every status, note, dispatch and callback, with
// who and when, notes for the owner marked); its work orders and callbacks; and the steps its status offers.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAsyncAction } from '../../../components/use-async-action';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { useStaffNames } from '../../dunning/use-staff-names';
import { ownerStoryPath } from '../../owners/story/path';
import { FlagsCell, StatusTag, timeText } from '../cells';
import { may } from '../permissions';
import { PhotosSection } from '../photos/PhotosSection';
import { acceptRequest, requestDetail, type RequestDetail } from '../queries';
import { StepDialog } from './StepDialog';
import { stepsFor, type Step } from './steps';

interface Props {
  readonly requestId: string;
  readonly onClose: () => void;
}

export function RequestDrawer({ requestId, onClose }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: ['service', 'request', requestId], queryFn: () => requestDetail(requestId) });
  const request = detail.data;
  // A step changes the request and the lists it is on.
  const reload = () => queryClient.invalidateQueries({ queryKey: ['service'] });
  return (
    <Drawer open width={720} onClose={onClose} data-testid="service-request"
      title={request ? t('serviceDesk.request.title', { no: request.request_no }) : t('serviceDesk.request.loading')}>
      {detail.error && <Alert type="error" showIcon message={detail.error.message} />}
      {!request ? <Spin /> : <RequestView request={request} onChanged={reload} />}
    </Drawer>
  );
}

function RequestView({ request, onChanged }: { readonly request: RequestDetail; readonly onChanged: () => Promise<void> }) {
  const { t, locale, enumLabel } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const [step, setStep] = useState<Exclude<Step, 'accept'> | null>(null);
  const accept = useAsyncAction();
  const name = useStaffNames([
    ...request.events.map((e) => e.actor_id), ...request.work_orders.map((o) => o.assignee_id), ...request.callbacks.map((c) => c.agent_id),
  ]);
  const done = () => { setStep(null); message.success(t('serviceDesk.request.saved')); void onChanged(); };
  const openDisputes = request.bill_disputes.filter((d) => d.resolved_at === null).length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <StatusTag status={request.status} />
        <FlagsCell row={{ ...request, disputing: openDisputes > 0 }} />
      </Space>
      <Space wrap data-testid="service-steps">
        {stepsFor(request.status, roles).map((s) => (
          <Button key={s} size="small" type={s === 'note' ? 'default' : 'primary'} data-testid={`service-step-${s}`} loading={s === 'accept' && accept.busy}
            onClick={() => (s === 'accept' ? void accept.run(async () => { await acceptRequest(request.id); await onChanged(); }) : setStep(s))}>
            {t(`serviceDesk.steps.${s}`)}
          </Button>
        ))}
      </Space>
      {accept.error && <Alert type="error" showIcon message={accept.error} />}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('serviceDesk.columns.category')}>{request.category ? (locale === 'zh-CN' ? request.category.name_zh : request.category.name_en) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.channel')}>{enumLabel('request_channel', request.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.owner')}>
          {request.owner_id && request.owner ? <Link to={ownerStoryPath(request.owner_id)}>{request.owner.name}</Link> : '—'}
          {request.unit ? `（${request.unit.room_no}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.contact')}>{[request.contact_name, request.contact_phone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.location')}>{request.location ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.preferredTime')}>{request.preferred_time ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.department')}>{enumLabel('department', request.department)}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.receivedAt')}>{timeText(request.received_at)}</Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk.fields.description')} span={2}>{request.description}</Descriptions.Item>
        {request.out_of_scope_reason && (
          <Descriptions.Item label={t('serviceDesk.fields.reason')} span={2}>{request.out_of_scope_reason}{request.referral ? `；${request.referral}` : ''}</Descriptions.Item>
        )}
        {request.resolution && <Descriptions.Item label={t('serviceDesk.fields.resolution')} span={2}>{request.resolution}</Descriptions.Item>}
        {openDisputes > 0 && <Descriptions.Item label={t('serviceDesk.flags.dispute')} span={2}>{t('serviceDesk.request.disputes', { count: openDisputes })}</Descriptions.Item>}
      </Descriptions>

      <PhotosSection projectId={project.id} requestId={request.id} mayAdd={may(roles, 'fieldWork')} />

      <Typography.Title level={5}>{t('serviceDesk.request.workOrders')}</Typography.Title>
      {request.work_orders.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : request.work_orders.map((o) => (
        <Alert key={o.id} type={o.cancelled_at ? 'warning' : o.finished_at ? 'success' : 'info'} data-testid="service-work-order"
          message={`${enumLabel('department', o.department)} · ${name(o.assignee_id)} · ${t('serviceDesk.workOrders.deadline', { time: timeText(o.deadline) })}`}
          description={<>
            <div>{o.instructions}</div>
            {o.on_site_at && <div>{t('serviceDesk.workOrders.onSiteAt', { time: timeText(o.on_site_at) })}</div>}
            {o.finished_at && <div>{t('serviceDesk.workOrders.finishedAt', { time: timeText(o.finished_at) })}：{o.result}</div>}
            {o.cancelled_at && <div>{t('serviceDesk.workOrders.cancelledAt', { time: timeText(o.cancelled_at) })}</div>}
          </>} />
      ))}

      {request.callbacks.length > 0 && <>
        <Typography.Title level={5}>{t('serviceDesk.request.callbacks')}</Typography.Title>
        {request.callbacks.map((c) => (
          <div key={c.id} data-testid="service-callback">
            {timeText(c.at)} · {name(c.agent_id)} · {t(`serviceDesk.outcomes.${c.outcome}`)}
            {c.satisfaction !== null && <> · {t('serviceDesk.callback.stars', { n: c.satisfaction })}</>}
            {c.comment && <> · {c.comment}</>}
          </div>
        ))}
      </>}

      <Typography.Title level={5}>{t('serviceDesk.request.timeline')}</Typography.Title>
      <Timeline data-testid="service-timeline" items={request.events.map((e) => ({
        key: e.id,
        color: e.kind === 'escalation' ? 'red' : e.kind === 'note' ? 'gray' : 'blue',
        children: (
          <div data-testid="service-event" data-kind={e.kind}>
            <div>
              <strong>{e.status ? enumLabel('request_status', e.status) : t(`serviceDesk.eventKinds.${e.kind}`)}</strong>
              {' '}<Typography.Text type="secondary">{timeText(e.at)} · {name(e.actor_id)}</Typography.Text>
              {e.for_owner && <Tag color="blue" style={{ marginLeft: 8 }}>{t('serviceDesk.request.forOwner')}</Tag>}
            </div>
            {e.note && <div>{e.note}</div>}
          </div>
        ),
      }))} />
      {step && <StepDialog step={step} request={request} onClose={() => setStep(null)} onDone={done} />}
    </Space>
  );
}
