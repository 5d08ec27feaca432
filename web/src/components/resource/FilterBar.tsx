import type { CrudFilter } from '@refinedev/core';
import { Button, Form, Input, Space, type FormProps } from 'antd';
import { filterWidgetFor } from '../../field-widgets';
import { isFilterable, SEARCH_FIELD, searchTextOf } from '../../fields/filters';
import type { ResourceSpec } from '../../fields/resource-spec';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  readonly spec: ResourceSpec;
  /** useTable's searchFormProps: submitting turns the values into list filters. */
  readonly formProps: FormProps;
  readonly filters: readonly CrudFilter[];
}

export function FilterBar({ spec, formProps, filters }: Props) {
  const { t, text } = useI18n();
  const filterable = spec.fields.filter(isFilterable);
  const clearAll = () => {
    const names = [SEARCH_FIELD, ...filterable.map((def) => def.key)];
    formProps.form?.setFieldsValue(Object.fromEntries(names.map((name) => [name, undefined])));
    formProps.form?.submit();
  };
  return (
    <Form
      {...formProps}
      layout="inline"
      initialValues={{ [SEARCH_FIELD]: searchTextOf(filters) }}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      {spec.search && (
        <Form.Item name={SEARCH_FIELD}>
          <Input.Search allowClear placeholder={t('list.searchPlaceholder')} onSearch={() => formProps.form?.submit()} />
        </Form.Item>
      )}
      {filterable.map((def) => (
        <Form.Item key={def.key} name={def.key} label={text(def.label)}>
          {filterWidgetFor(def).filter(def)}
        </Form.Item>
      ))}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('list.apply')}
          </Button>
          <Button onClick={clearAll}>{t('list.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
