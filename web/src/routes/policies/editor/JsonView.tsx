// The raw view: the policy as JSON text with live validation. Syntax errors name their line; each issue names
// its JSON pointer and selects the offending text when clicked.
import { Alert, Input } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { memo, useRef } from 'react';
import type { Issue, LintFinding } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { jsonRanges, lineOf, rangeOf } from '../document/json-locate';
import type { ParsedText } from '../document/json-text';
import { IssueList } from './IssueList';

interface Props {
  readonly text: string;
  readonly parsed: ParsedText;
  readonly issues: readonly Issue[];
  readonly warnings: readonly LintFinding[];
  readonly readOnly: boolean;
  readonly onChange: (text: string) => void;
}

export const JsonView = memo(function JsonView({ text, parsed, issues, warnings, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const ref = useRef<TextAreaRef>(null);

  const select = (start: number, end: number) => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!area) return;
    area.focus();
    area.setSelectionRange(start, end);
    // Scroll the selection into view: the line's share of the text's height.
    const line = lineOf(text, start);
    const lines = lineOf(text, text.length);
    area.scrollTop = Math.max(0, (area.scrollHeight * (line - 1)) / lines - area.clientHeight / 3);
  };

  const selectIssue = (issue: Pick<Issue, 'pointer'>) => {
    const range = rangeOf(jsonRanges(text), issue.pointer);
    if (range) select(range.start, range.end);
  };

  return (
    <div>
      <Input.TextArea
        ref={ref}
        data-testid="policy-json"
        value={text}
        readOnly={readOnly}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        autoSize={{ minRows: 16, maxRows: 36 }}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13, marginBottom: 12 }}
      />
      {parsed.ok ? (
        <IssueList issues={issues} warnings={warnings} doc={parsed.doc} onSelect={selectIssue} />
      ) : (
        <Alert
          data-testid="policy-syntax-error"
          type="error"
          showIcon
          message={t('policies.editor.syntaxError', { line: parsed.offset === undefined ? '?' : lineOf(text, parsed.offset) })}
          description={parsed.message}
          action={parsed.offset !== undefined && <a onClick={() => select(parsed.offset!, parsed.offset! + 1)}>{t('policies.editor.showPlace')}</a>}
        />
      )}
    </div>
  );
});
