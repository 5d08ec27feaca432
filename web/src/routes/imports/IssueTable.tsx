// Every problem of a file, by row and column, in the words of the field checks and the database.
import { Table, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { ImportKind, RowIssue } from './kinds/types';
import { columnLabel, issueText } from './messages';

export function IssueTable({ kind, issues }: { kind: ImportKind; issues: readonly RowIssue[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Typography.Text strong>{t('imports.issuesTitle', { count: issues.length })}</Typography.Text>
      <Table<RowIssue>
        size="small"
        data-testid="import-issues"
        rowKey={(issue) => `${issue.row}:${issue.column}:${issue.issue.code}`}
        dataSource={issues as RowIssue[]}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('imports.issueColumns.row'), dataIndex: 'row', width: 80 },
          { title: t('imports.issueColumns.column'), width: 160, render: (_, issue) => columnLabel(locale, kind, issue.column) },
          { title: t('imports.issueColumns.problem'), render: (_, issue) => issueText(locale, issue.issue) },
        ]}
      />
    </>
  );
}
