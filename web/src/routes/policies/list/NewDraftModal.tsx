// A new draft: empty (the project's fee items without rules), a copy of one of this project's versions
// (default: the one in force), or a copy of an HQ template. Copies record what they are based on.
import { useAsyncAction } from '../../../components/use-async-action';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { baselineVersion } from '../document/versions';
import { emptyDocument } from '../document/starter';
import { createDraft, getDocument, listPolicies, projectFeeItems, type PolicyOwner, type PolicyRow } from '../queries';

type Source = 'empty' | 'version' | 'template';

interface Props {
  readonly owner: PolicyOwner;
  /** The project whose fee items an empty draft starts with. */
  readonly projectId: string;
  readonly onClose: () => void;
  readonly onCreated: (row: PolicyRow) => void;
}

export function NewDraftModal({ owner, projectId, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const projectOwner: PolicyOwner = { companyId: owner.companyId, projectId };
  const templateOwner: PolicyOwner = { companyId: owner.companyId, projectId: null };
  const versions = useQuery({ queryKey: ['policies', projectOwner], queryFn: () => listPolicies(projectOwner) });
  const templates = useQuery({ queryKey: ['policies', templateOwner], queryFn: () => listPolicies(templateOwner) });
  const [source, setSource] = useState<Source>('empty');
  const [chosen, setChosen] = useState<string | undefined>(undefined);

  const options = (rows: readonly PolicyRow[] | undefined, template: boolean) => (rows ?? []).map((row) => ({
    value: row.id,
    label: `${template ? t('policies.templateVersion', { version: row.version }) : t('policies.projectVersion', { version: row.version })} · ${t(`policies.status.${row.status}`)}${row.effective_from ? ` · ${row.effective_from}` : ''}${row.note ? ` · ${row.note}` : ''}`,
  }));
  const pick = (next: Source) => {
    setSource(next);
    setChosen(next === 'version' ? baselineVersion(versions.data ?? [], today)?.id ?? versions.data?.[0]?.id
      : next === 'template' ? (templates.data ?? []).find((row) => row.status === 'published')?.id ?? templates.data?.[0]?.id : undefined);
  };
  const { busy, error, run } = useAsyncAction();
  const create = async () => {
    await run(async () => {
      const document = source === 'empty' || !chosen ? emptyDocument(await projectFeeItems(projectId)) : await getDocument(chosen);
      onCreated(await createDraft(owner, document, source === 'empty' ? null : chosen ?? null));
    });
  };

  return (
    <Modal
      open
      title={owner.projectId === null ? t('policies.newDraft.titleTemplate') : t('policies.newDraft.title')}
      okText={t('policies.newDraft.create')}
      okButtonProps={{ disabled: source !== 'empty' && !chosen, 'data-testid': 'new-draft-confirm' }}
      confirmLoading={busy}
      onOk={() => void create()}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('policies.newDraft.source')}>
          <Radio.Group value={source} onChange={(e) => pick(e.target.value as Source)}>
            <Space direction="vertical">
              <Radio value="empty" data-testid="source-empty">{t('policies.newDraft.empty')}</Radio>
              <Radio value="version" disabled={!versions.data?.length}>{t('policies.newDraft.copyVersion')}</Radio>
              <Radio value="template" disabled={!templates.data?.length}>{t('policies.newDraft.copyTemplate')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {source !== 'empty' && (
          <Form.Item label={t('policies.newDraft.basedOn')} required>
            <Select value={chosen} onChange={setChosen} options={options(source === 'version' ? versions.data : templates.data, source === 'template')} />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
