import { Create, Edit, useForm } from '@refinedev/antd';
import { useResourceParams, type BaseRecord, type HttpError } from '@refinedev/core';
import { Col, Form, Row } from 'antd';
import { initialValues, serializeRecord } from '../../fields';
import { scopeColumn, scopeValue, type ResourceSpec } from '../../fields/resource-spec';
import { fieldIssueText } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { FieldFormItem } from './FieldFormItem';

type FormValues = Record<string, unknown>;

interface Props {
  readonly spec: ResourceSpec;
  readonly action: 'create' | 'edit';
}

/** Create or edit one record; every control and check comes from the resource's field definitions. */
export function ResourceFormPage({ spec, action }: Props) {
  const { locale } = useI18n();
  const { project } = useProject();
  const { id } = useResourceParams();
  const { form, formProps, saveButtonProps, formLoading, onFinish, query } = useForm<BaseRecord, HttpError, FormValues>({
    resource: spec.name,
    action,
    id: action === 'edit' ? id : undefined,
    redirect: 'list',
  });

  const submit = (values: FormValues) => {
    const result = serializeRecord(spec.fields, values);
    if (!result.ok) {
      form.setFields(result.issues.map(({ key, issue }) => ({ name: key, errors: [fieldIssueText(locale, issue)] })));
      return;
    }
    // New rows belong to the current project (or its company); existing rows keep theirs and save only
    // over the version that was loaded, so nobody silently overwrites a colleague's change.
    const payload = action === 'create'
      ? { ...result.record, [scopeColumn(spec)]: scopeValue(spec, project) }
      : { ...result.record, row_version: query?.data?.data.row_version };
    // Failures are already shown: as a notification and under the offending fields.
    onFinish(payload).catch(() => undefined);
  };

  const Page = action === 'create' ? Create : Edit;
  return (
    <Page saveButtonProps={saveButtonProps} isLoading={formLoading}>
      <Form
        {...formProps}
        layout="vertical"
        onFinish={submit}
        initialValues={action === 'create' ? initialValues(spec.fields) : formProps.initialValues}
      >
        <Row gutter={24}>
          {spec.fields.map((def) => (
            <Col key={def.key} xs={24} md={def.type === 'text' && def.multiline ? 24 : 12}>
              <FieldFormItem def={def} />
            </Col>
          ))}
        </Row>
      </Form>
    </Page>
  );
}
