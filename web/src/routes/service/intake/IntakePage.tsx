// 受理登记: a request from any channel — the owner and unit found by 房号, name or phone (the cashier desk's search),
// the category (two levels, emergencies marked), where, what, photos, when the owner prefers, how urgent, and for a fee
// complaint the bills it is about (dunning pauses for them). Answers with the new 单号 and when it is due.
import { CameraOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Cascader, Checkbox, Form, Input, Radio, Result, Select, Space, Upload } from 'antd';
import type { RcFile } from 'antd/es/upload';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { ENUMS } from '../../../domain/enums';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { PayerSearch } from '../../cashier/desk/PayerSearch';
import type { Payer } from '../../cashier/desk/payers';
import { timeText } from '../cells';
import { addPhotos } from '../photos/queries';
import { categories } from '../queries';
import { RequestDrawer } from '../request/RequestDrawer';
import { categoryOptions, createArgs, isFeeDispute, type IntakeValues } from './intake';
import { createRequest, openBills, type Created } from './queries';

const EMPTY: IntakeValues = {
  channel: 'phone', ownerId: null, unitId: null, contactName: '', contactPhone: '', categoryPath: [], location: '',
  description: '', preferredTime: '', urgency: 'normal', billIds: [],
};

/** Route /service/intake */
export default function IntakePage() {
  const { project } = useProject();
  return <Intake key={project.id} projectId={project.id} />;
}

function Intake({ projectId }: { readonly projectId: string }) {
  const { t, locale, enumLabel } = useI18n();
  const [values, setValues] = useState<IntakeValues>(EMPTY);
  const [payer, setPayer] = useState<Payer | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [photos, setPhotos] = useState<readonly File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();
  const list = useQuery({ queryKey: ['service', projectId, 'categories'], queryFn: () => categories(projectId) });
  const category = list.data?.find((c) => c.id === values.categoryPath.at(-1));
  const dispute = isFeeDispute(category);
  const bills = useQuery({
    queryKey: ['service', projectId, 'open-bills', values.ownerId],
    queryFn: () => openBills(projectId, values.ownerId!),
    enabled: dispute && values.ownerId !== null,
  });
  const set = (change: Partial<IntakeValues>) => setValues({ ...values, ...change });
  const choosePayer = (chosen: Payer) => {
    setPayer(chosen);
    set({
      ownerId: chosen.ownerId, unitId: chosen.unitId ?? chosen.rooms[0]?.id ?? null, billIds: [],
      contactName: chosen.name ?? values.contactName, contactPhone: chosen.phone ?? values.contactPhone,
    });
  };
  const complete = values.categoryPath.length > 0 && values.description.trim() !== '';
  // The photos follow the request it creates: if storing them fails, the request stands (the owner's call is
  // taken) and the message says so, with its number, to add them again from the request.
  const submit = () => run(async () => {
    setPhotoError(null);
    const made = await createRequest(createArgs(projectId, values, category));
    setCreated(made);
    setValues(EMPTY);
    setPayer(null);
    const chosen = photos;
    setPhotos([]);
    if (chosen.length > 0) {
      await addPhotos(projectId, made.id, chosen).catch((e: unknown) =>
        setPhotoError(t('serviceDesk.photos.failed', { no: made.requestNo, reason: e instanceof Error ? e.message : String(e) })));
    }
  });

  return (
    <List title={t('service_intake.service_intake')}>
      {created && (
        <Result status="success" data-testid="service-created" style={{ padding: 16 }}
          title={<span data-testid="service-created-no">{t('serviceDesk.intake.created', { no: created.requestNo })}</span>}
          subTitle={created.dispatchDue
            ? t('serviceDesk.intake.dispatchDue', { time: timeText(created.dispatchDue) })
            : t('serviceDesk.intake.acceptDue', { time: timeText(created.acceptDue) })}
          extra={<Button onClick={() => setOpen(created.id)} data-testid="service-created-open">{t('serviceDesk.desk.open')}</Button>} />
      )}
      <Form layout="vertical" style={{ maxWidth: 760 }}>
        <Form.Item label={t('serviceDesk.fields.channel')} required>
          <Radio.Group value={values.channel} onChange={(e) => set({ channel: e.target.value as IntakeValues['channel'] })}
            options={ENUMS.request_channel.map((c) => ({ value: c, label: enumLabel('request_channel', c) }))} />
        </Form.Item>
        <Form.Item label={t('serviceDesk.fields.owner')} extra={t('serviceDesk.intake.ownerHint')}>
          <div data-testid="service-intake-owner"><PayerSearch projectId={projectId} value={payer} onChange={choosePayer} /></div>
        </Form.Item>
        {payer && payer.rooms.length > 1 && (
          <Form.Item label={t('serviceDesk.fields.unit')}>
            <Select style={{ width: 240 }} value={values.unitId} onChange={(unitId: string) => set({ unitId })}
              options={payer.rooms.map((r) => ({ value: r.id, label: r.room_no }))} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item label={t('serviceDesk.fields.contactName')}>
            <Input value={values.contactName} onChange={(e) => set({ contactName: e.target.value })} data-testid="service-intake-contact-name" />
          </Form.Item>
          <Form.Item label={t('serviceDesk.fields.contactPhone')}>
            <Input value={values.contactPhone} onChange={(e) => set({ contactPhone: e.target.value })} data-testid="service-intake-contact-phone" />
          </Form.Item>
        </Space>
        <Form.Item label={t('serviceDesk.columns.category')} required>
          <div data-testid="service-intake-category"><Cascader changeOnSelect style={{ width: 360 }} loading={list.isLoading}
            options={categoryOptions(list.data ?? [], locale, t('serviceDesk.flags.emergency'))}
            value={[...values.categoryPath]} onChange={(path) => set({ categoryPath: (path ?? []).map(String), billIds: [] })} /></div>
        </Form.Item>
        {category?.emergency && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('serviceDesk.intake.emergency')} />}
        {dispute && (
          <Form.Item label={t('serviceDesk.fields.bills')} extra={t('serviceDesk.intake.billsHint')}>
            {values.ownerId === null ? t('serviceDesk.intake.billsNeedOwner') : (
              <Checkbox.Group data-testid="service-intake-bills" value={[...values.billIds]} onChange={(ids) => set({ billIds: ids.map(String) })}
                options={(bills.data ?? []).map((b) => ({
                  value: b.id,
                  label: `${b.room_no} ${locale === 'zh-CN' ? b.fee_name_zh : b.fee_name_en} ${b.period_start}～${b.period_end} ${formatMoney(b.balance)}`,
                }))} />
            )}
          </Form.Item>
        )}
        <Form.Item label={t('serviceDesk.fields.location')}>
          <Input value={values.location} onChange={(e) => set({ location: e.target.value })} data-testid="service-intake-location" />
        </Form.Item>
        <Form.Item label={t('serviceDesk.fields.description')} required>
          <Input.TextArea autoSize={{ minRows: 3 }} value={values.description} onChange={(e) => set({ description: e.target.value })}
            data-testid="service-intake-description" />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('serviceDesk.fields.preferredTime')}>
            <Input value={values.preferredTime} onChange={(e) => set({ preferredTime: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('serviceDesk.fields.urgency')}>
            <Radio.Group value={values.urgency} onChange={(e) => set({ urgency: e.target.value as IntakeValues['urgency'] })}
              options={ENUMS.request_urgency.map((u) => ({ value: u, label: enumLabel('request_urgency', u) }))} />
          </Form.Item>
        </Space>
        <Form.Item label={t('serviceDesk.photos.intake')} extra={t('serviceDesk.photos.intakeHint')}>
          <Upload listType="picture" multiple accept="image/*" maxCount={9} fileList={photos.map((f, i) => ({ uid: String(i), name: f.name, originFileObj: f as RcFile }))}
            beforeUpload={(file) => { setPhotos((chosen) => [...chosen, file].slice(0, 9)); return false; }}
            onRemove={(removed) => setPhotos((chosen) => chosen.filter((_, i) => String(i) !== removed.uid))}>
            <Button icon={<CameraOutlined />} data-testid="service-intake-photos">{t('serviceDesk.photos.add')}</Button>
          </Upload>
        </Form.Item>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="service-intake-error" />}
        {photoError && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={photoError} data-testid="service-intake-photo-error" />}
        <Button type="primary" disabled={!complete} loading={busy} onClick={() => void submit()} data-testid="service-intake-submit">
          {t('serviceDesk.intake.submit')}
        </Button>
      </Form>
      {open && <RequestDrawer requestId={open} onClose={() => setOpen(null)} />}
    </List>
  );
}
