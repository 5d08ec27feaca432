import { List, useTable } from '@refinedev/antd';
import type { BaseRecord, HttpError } from '@refinedev/core';
import { Table } from 'antd';
import { filterBarFilters } from '../../fields/filters';
import { listSelect, scopeColumn, scopeValue, type ResourceSpec } from '../../fields/resource-spec';
import type { Project } from '../../domain/tenancy';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { resourceColumns, type RowAction } from './columns';
import { FilterBar } from './FilterBar';

type FilterValues = Record<string, unknown>;

function ResourceTable({ spec, project, rowAction }: { readonly spec: ResourceSpec; readonly project: Project; readonly rowAction?: RowAction }) {
  const i18n = useI18n();
  const { tableProps, searchFormProps, filters, sorters } = useTable<BaseRecord, HttpError, FilterValues>({
    resource: spec.name,
    syncWithLocation: true,
    sorters: { initial: [spec.defaultSort] },
    filters: { permanent: [{ field: scopeColumn(spec), operator: 'eq', value: scopeValue(spec, project) }] },
    meta: { select: listSelect(spec) },
    onSearch: (values) => filterBarFilters(spec, values),
  });
  const pagination = tableProps.pagination && {
    ...tableProps.pagination,
    showSizeChanger: true,
    showTotal: (total: number) => i18n.t('list.total', { total }),
  };
  return (
    <List>
      <FilterBar spec={spec} formProps={searchFormProps} filters={filters} />
      <Table {...tableProps} pagination={pagination} rowKey="id" columns={resourceColumns(spec, sorters, i18n, rowAction)} />
    </List>
  );
}

/** Server-side paginated, sorted and filtered list of one resource in the current project. */
export function ResourceListPage({ spec, rowAction }: { readonly spec: ResourceSpec; readonly rowAction?: RowAction }) {
  const { project } = useProject();
  // A new project starts a fresh table (page, filters) instead of carrying the old one's state.
  return <ResourceTable key={project.id} spec={spec} project={project} rowAction={rowAction} />;
}
