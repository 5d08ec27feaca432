// The rounding step and mode of the policy, or of one fee item that rounds its own way: two columns of a row.
import { Col, Form, Input, Select } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, toPointer, type Segment } from '../document/pointer';
import { isObj } from '../document/shape';
import { usePolicyEditing } from './editor-context';
import { IssueText } from './IssueText';

const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'up'] as const;

export function RoundingFields({ path, value, span = 8 }: { readonly path: readonly Segment[]; readonly value: unknown; readonly span?: number }) {
  const { set, readOnly, issues } = usePolicyEditing();
  const { t } = useI18n();
  const rounding = isObj(value) ? value : {};
  const at = (field: string) => issuesAt(issues, toPointer([...path, field]));
  const status = (field: string) => (at(field).length ? 'error' : undefined);
  return (
    <>
      <Col xs={24} md={span}>
        <Form.Item label={t('policies.editor.roundingStep')} validateStatus={status('step')} help={<IssueText issues={at('step')} />}>
          <Input data-testid="rounding-step" value={typeof rounding.step === 'string' ? rounding.step : ''} placeholder="0.01" disabled={readOnly}
            onChange={(e) => set(path, { mode: 'half-up', ...rounding, step: e.target.value })} style={{ maxWidth: 160 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item label={t('policies.editor.roundingMode')} validateStatus={status('mode')} help={<IssueText issues={at('mode')} />}>
          <Select data-testid="rounding-mode" value={typeof rounding.mode === 'string' ? rounding.mode : undefined} placeholder="half-up" disabled={readOnly}
            onChange={(mode: string) => set(path, { step: '0.01', ...rounding, mode })}
            options={ROUNDING_MODES.map((mode) => ({ value: mode, label: t(`policies.editor.rounding.${mode}`) }))} style={{ minWidth: 180 }} />
        </Form.Item>
      </Col>
    </>
  );
}
