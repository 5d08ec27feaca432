// One fee item of the policy: its code, names and cycle, its rules as cards, and the due date, late fee and
// dunning ladder slots (each optional).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { ENUMS } from '../../../domain/enums';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, SLOTS, toPointer, type Segment, type Slot } from '../document/pointer';
import { isObj, type EditableFeeItem } from '../document/shape';
import { ActionEditor } from './ActionEditor';
import { newLeaf } from './ConditionBuilder';
import { usePolicyEditing } from './editor-context';
import { IssueText } from './IssueText';
import { RoundingFields } from './RoundingFields';
import { RuleCard } from './RuleCard';

const SLOT_PHASE: Readonly<Record<Slot, 'due' | 'lateFee' | 'dunning'>> = { due: 'due', lateFee: 'lateFee', dunning: 'dunning' };

function TextField({ path, label, value, required }: { readonly path: readonly Segment[]; readonly label: string; readonly value: unknown; readonly required?: boolean }) {
  const { set, readOnly, issues } = usePolicyEditing();
  const here = issuesAt(issues, toPointer(path));
  return (
    <Form.Item label={label} required={required} validateStatus={here.length ? 'error' : undefined} help={<IssueText issues={here} />}>
      <Input value={typeof value === 'string' ? value : ''} disabled={readOnly} onChange={(e) => set(path, e.target.value)} />
    </Form.Item>
  );
}

function SlotEditor({ path, slot, value }: { readonly path: readonly Segment[]; readonly slot: Slot; readonly value: unknown }) {
  const { set, readOnly } = usePolicyEditing();
  const { t } = useI18n();
  const enabled = value !== undefined;
  return (
    <div data-testid={`slot-${slot}`}>
      <Space style={{ marginBottom: 8 }}>
        <Switch checked={enabled} disabled={readOnly} onChange={(on) => set([...path, slot], on ? {} : undefined)} />
        <Typography.Text strong>{t(`policies.editor.slots.${slot}`)}</Typography.Text>
      </Space>
      {enabled && <ActionEditor path={[...path, slot]} value={value} phases={[SLOT_PHASE[slot]]} label={t('policies.editor.action')} />}
    </div>
  );
}

export function FeeItemPanel({ path, item }: { readonly path: readonly Segment[]; readonly item: EditableFeeItem }) {
  const { set, append, readOnly, issues } = usePolicyEditing();
  const { t, enumLabel } = useI18n();
  const name = isObj(item.name) ? item.name : {};
  const cycleIssues = issuesAt(issues, toPointer([...path, 'cycle']));
  const rulesIssues = issuesAt(issues, toPointer([...path, 'rules']));
  const nextName = () => {
    const names = new Set(item.rules.map((r) => r.name));
    let n = item.rules.length + 1;
    while (names.has(`rule-${n}`)) n += 1;
    return `rule-${n}`;
  };

  return (
    <div>
      <Row gutter={16}>
        <Col xs={24} md={6}><TextField path={[...path, 'code']} label={t('policies.editor.code')} value={item.code} required /></Col>
        <Col xs={24} md={6}><TextField path={[...path, 'name', 'zh-CN']} label={t('policies.editor.nameZh')} value={name['zh-CN']} /></Col>
        <Col xs={24} md={6}><TextField path={[...path, 'name', 'en']} label={t('policies.editor.nameEn')} value={name.en} /></Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('policies.editor.cycle')} required validateStatus={cycleIssues.length ? 'error' : undefined} help={<IssueText issues={cycleIssues} />}>
            <Select
              value={typeof item.cycle === 'string' ? item.cycle : undefined}
              disabled={readOnly}
              onChange={(next: string) => set([...path, 'cycle'], next)}
              options={ENUMS.fee_cycle.map((c) => ({ value: c, label: enumLabel('fee_cycle', c) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="middle" data-testid="fee-item-rounding">
        <Col xs={24} md={8}>
          <Form.Item label={t('policies.editor.ownRounding')} tooltip={t('policies.editor.ownRoundingHint')}>
            <Switch
              data-testid="own-rounding"
              checked={item.rounding !== undefined}
              disabled={readOnly}
              onChange={(on) => set([...path, 'rounding'], on ? { step: '0.1', mode: 'half-up' } : undefined)}
            />
          </Form.Item>
        </Col>
        {item.rounding !== undefined && <RoundingFields path={[...path, 'rounding']} value={item.rounding} />}
      </Row>
      <Divider orientation="left" plain>{t('policies.editor.rules')}</Divider>
      <IssueText issues={rulesIssues} />
      {item.rules.length === 0 && <Typography.Paragraph type="secondary">{t('policies.editor.noRules')}</Typography.Paragraph>}
      {item.rules.map((rule, i) => (
        <RuleCard key={i} path={[...path, 'rules', i]} rule={rule} index={i} />
      ))}
      {!readOnly && (
        <Button
          icon={<PlusOutlined />}
          data-testid="add-rule"
          onClick={() => append([...path, 'rules'], { name: nextName(), priority: 50, conditions: { all: [newLeaf()] }, event: { type: 'core.charge.areaRate', params: {} } })}
        >
          {t('policies.editor.addRule')}
        </Button>
      )}
      <Divider orientation="left" plain>{t('policies.editor.slotsTitle')}</Divider>
      <Space direction="vertical" style={{ width: '100%' }}>
        {SLOTS.map((slot) => (
          <SlotEditor key={slot} path={path} slot={slot} value={item[slot]} />
        ))}
      </Space>
    </div>
  );
}
