// One policy version: a draft is edited here (structured view and raw JSON, both on the same document, with
// live validation), simulated, saved and published; published and retired versions are shown read-only.
import { CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { Show } from '@refinedev/antd';
import { useWarnAboutChange } from '@refinedev/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Descriptions, Result, Space, Spin, Tabs, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { isObj } from '../document/shape';
import { sharedNamesOf, sharedReach as reachOf } from '../document/shared';
import { periodAfter } from '../simulation/period';
import { SimulationPanel } from '../simulation/SimulationPanel';
import type { Period } from '../simulation/types';
import { policyRights } from '../permissions';
import { PublishModal } from '../publish/PublishModal';
import { getPolicy, projectFeeItems, saveDocument, type PolicyRow, type PolicyWithDocument } from '../queries';
import { StatusTag } from '../list/StatusTag';
import { PolicyEditingContext, type PolicyEditing } from './editor-context';
import { JsonView } from './JsonView';
import { StructuredView } from './StructuredView';
import { usePolicyText } from './use-policy-text';

function PolicyEditor({ initial }: { readonly initial: PolicyWithDocument }) {
  const { t, text: localized, locale } = useI18n();
  const { project, roles } = useProject();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { setWarnWhen } = useWarnAboutChange();
  const [row, setRow] = useState<PolicyRow>(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [simulated, setSimulated] = useState<Period | null>(null);
  const policy = usePolicyText(initial.document);
  const rights = policyRights(roles, row.project_id === null ? 'template' : 'project');
  const editable = row.status === 'draft' && rights.edit;
  const problemCount = policy.parsed.ok ? policy.issues.length : 1;
  const feeItems = useQuery({ queryKey: ['fee-items', project.id], queryFn: () => projectFeeItems(project.id) });
  const projectFeeItemList = useMemo(() => feeItems.data ?? [], [feeItems.data]);

  // Another project chosen in the header: this version belongs to the previous one.
  useEffect(() => {
    if (row.project_id !== null && row.project_id !== project.id) navigate('/policies');
  }, [row.project_id, project.id, navigate]);

  useEffect(() => {
    setWarnWhen(editable && policy.dirty);
    return () => setWarnWhen(false);
  }, [editable, policy.dirty, setWarnWhen]);

  const sharedNames = useMemo(() => (policy.parsed.ok ? sharedNamesOf(policy.parsed.doc) : []), [policy.parsed]);
  const sharedReach = useMemo(() => (policy.parsed.ok ? reachOf(policy.parsed.doc) : new Map<string, Set<string>>()), [policy.parsed]);
  const editing = useMemo<PolicyEditing>(() => ({
    issues: policy.issues,
    warnings: policy.warnings,
    readOnly: !editable,
    set: policy.set,
    remove: policy.remove,
    append: policy.append,
    update: policy.update,
    sharedNames,
    sharedReach,
  }), [policy.issues, policy.warnings, editable, policy.set, policy.remove, policy.append, policy.update, sharedNames, sharedReach]);

  const doc = policy.parsed.ok ? policy.parsed.doc : undefined;
  const feeItemLabel = useCallback((code: string) => {
    const items = isObj(doc) && Array.isArray(doc.feeItems) ? doc.feeItems : [];
    const item = items.find((candidate) => isObj(candidate) && candidate.code === code);
    const name = isObj(item) && isObj(item.name) ? item.name[locale] : undefined;
    if (typeof name === 'string' && name) return name;
    const known = feeItems.data?.find((candidate) => candidate.code === code);
    return known ? localized({ 'zh-CN': known.name_zh, en: known.name_en }) : code;
  }, [doc, locale, feeItems.data, localized]);

  const save = async () => {
    if (!policy.parsed.ok) return;
    const savedText = policy.text;
    setSaving(true);
    setSaveError(null);
    try {
      const next = await saveDocument(row.id, policy.parsed.doc, row.row_version);
      setRow(next);
      policy.markSaved(savedText);
      void queryClient.invalidateQueries({ queryKey: ['policies'] });
      message.success(problemCount > 0 ? t('policies.editor.savedWithIssues', { n: problemCount }) : t('policies.editor.saved'));
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const publishBlocked = problemCount > 0 ? t('policies.publish.blockedIssues', { n: problemCount }) : policy.dirty ? t('policies.publish.blockedUnsaved') : null;
  const title = (
    <Space>
      {row.project_id === null ? t('policies.templateVersion', { version: row.version }) : t('policies.projectVersion', { version: row.version })}
      <StatusTag status={row.status} />
      {editable && policy.dirty && <Tag color="orange">{t('policies.editor.unsaved')}</Tag>}
    </Space>
  );

  return (
    <Show
      title={title}
      headerButtons={() => (
        <Space>
          {editable && (
            <Button type="primary" data-testid="save-policy" icon={<SaveOutlined />} loading={saving} disabled={!policy.parsed.ok || !policy.dirty} onClick={() => void save()}>
              {t('buttons.save')}
            </Button>
          )}
          {row.status === 'draft' && rights.publish && (
            <Tooltip title={publishBlocked}>
              <Button data-testid="publish-policy" icon={<CloudUploadOutlined />} disabled={publishBlocked !== null} onClick={() => setPublishing(true)}>
                {t('policies.publish.button')}
              </Button>
            </Tooltip>
          )}
        </Space>
      )}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('policies.columns.effective')}>{row.effective_from ? `${row.effective_from} ~ ${row.effective_to ?? t('policies.openEnded')}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('policies.columns.note')}>{row.note ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('policies.columns.updatedAt')}>{new Date(row.updated_at).toLocaleString(locale)}</Descriptions.Item>
      </Descriptions>
      {!editable && row.status === 'draft' && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('policies.editor.readOnlyRole')} />}
      {row.status !== 'draft' && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('policies.editor.readOnlyPublished')} />}
      {saveError && <Alert data-testid="save-error" type="error" showIcon closable style={{ marginBottom: 12 }} message={t('policies.editor.saveFailed')} description={saveError} onClose={() => setSaveError(null)} />}
      <PolicyEditingContext.Provider value={editing}>
        <Tabs
          defaultActiveKey="form"
          items={[
            {
              key: 'form',
              label: <span data-testid="tab-form">{t('policies.editor.tabs.form')} {problemCount > 0 && <Badge count={problemCount} size="small" />}</span>,
              children: policy.parsed.ok
                ? <StructuredView doc={policy.parsed.doc} projectFeeItems={projectFeeItemList} />
                : <Alert type="warning" showIcon message={t('policies.editor.fixSyntaxFirst')} />,
            },
            {
              key: 'json',
              label: <span data-testid="tab-json">{t('policies.editor.tabs.json')}</span>,
              children: <JsonView text={policy.text} parsed={policy.parsed} issues={policy.issues} warnings={policy.warnings} readOnly={!editable} onChange={policy.setText} />,
            },
            {
              key: 'simulate',
              label: <span data-testid="tab-simulate">{t('policies.editor.tabs.simulate')}</span>,
              children: (
                <SimulationPanel
                  policyId={row.id}
                  draft={doc}
                  issueCount={problemCount}
                  unsaved={editable && policy.dirty}
                  project={project}
                  feeItemLabel={feeItemLabel}
                  onSimulated={setSimulated}
                />
              ),
            },
          ]}
        />
      </PolicyEditingContext.Provider>
      {publishing && (
        <PublishModal
          open
          policy={row}
          simulated={simulated !== null}
          defaultDate={simulated?.start ?? periodAfter('quarter', new Date().toISOString().slice(0, 10)).start}
          onClose={() => setPublishing(false)}
          onPublished={(published) => {
            setPublishing(false);
            setRow(published);
            void queryClient.invalidateQueries({ queryKey: ['policies'] });
            void queryClient.invalidateQueries({ queryKey: ['policy', published.id] });
            message.success(t('policies.publish.done', { version: published.version, date: published.effective_from ?? '' }));
            navigate('/policies');
          }}
        />
      )}
    </Show>
  );
}

/** Route /policies/edit/:id */
export default function PolicyEditorPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  // Loaded afresh on every visit and never refetched underneath an open editor.
  const query = useQuery({ queryKey: ['policy', id], queryFn: () => getPolicy(id), gcTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  if (query.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (query.isError || !query.data) {
    return <Result status="warning" title={t('policies.editor.loadFailed')} subTitle={query.error?.message} />;
  }
  // A fresh editor per policy (keyed), so its state never outlives the row it came from.
  return <PolicyEditor key={query.data.id} initial={query.data} />;
}
