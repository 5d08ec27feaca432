// "Why this amount": one unit's lines under the draft and the published version, with the rules that fired
// (their conditions in words, and the shared conditions they named), the facts they saw, and the engine's
// explanation in the console's language.
import { LinkOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Drawer, Empty, Row, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { compilePolicy, formatExplanation, type CompiledPolicy, type LineResult } from '../../../../../rules';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { policyRegistry } from '../registry';
import { sawKeyLabels } from '../editor/fact-paths';
import { ruleOf, sharedNamedIn } from '../document/shared';
import { ConditionSummary } from '../editor/ConditionSummary';
import { factsOfUnit, type UnitFactsRow } from './facts';
import type { Period } from './types';

interface Props {
  readonly row: UnitFactsRow | undefined;
  readonly draft: unknown;
  readonly published: unknown;
  readonly feeItems: readonly string[];
  readonly feeItemLabel: (code: string) => string;
  readonly period: Period;
  readonly asOf: string;
  readonly onClose: () => void;
}

function compileOrNull(doc: unknown): CompiledPolicy | null {
  if (doc === null || doc === undefined) return null;
  try {
    return compilePolicy(doc, policyRegistry);
  } catch {
    return null;
  }
}

function LineView({ line, title, doc }: { readonly line: LineResult | null; readonly title: string; readonly doc: unknown }) {
  const { t, text, locale } = useI18n();
  // What a rule saw, in the clerk's words: the field's labels, and values as the office recorded them.
  const sawName = (key: string) => sawKeyLabels(policyRegistry.allFacts(), key)?.map(text).join(' › ') ?? key;
  const sawValue = (value: unknown): string =>
    value === undefined || value === null ? t('policies.simulation.notRecorded')
      : typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no')
        : Array.isArray(value) ? (value.length === 0 ? t('policies.simulation.emptyList') : value.map(String).join('、'))
          : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (!line) {
    return <Card size="small" title={title}><Typography.Text type="secondary">{t('policies.simulation.notCharged')}</Typography.Text></Card>;
  }
  if (!line.ok) {
    return (
      <Card size="small" title={title}>
        <Alert type="error" showIcon message={line.error.message} description={line.error.rule ? t('policies.simulation.failedRule', { rule: line.error.rule }) : undefined} />
      </Card>
    );
  }
  return (
    <Card size="small" title={title} extra={<Typography.Text strong data-testid="explanation-total">{formatMoney(line.total)}</Typography.Text>}>
      <pre data-testid="explanation-text" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, lineHeight: 1.8 }}>
        {formatExplanation(line.explanation, locale)}
      </pre>
      {line.dueDate && <Typography.Paragraph style={{ marginTop: 8 }}>{t('policies.simulation.dueDate', { date: line.dueDate })}</Typography.Paragraph>}
      {line.fired.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('policies.simulation.firedRules')}</Typography.Text>
          {line.fired.map((rule) => {
            const conditions = ruleOf(doc, line.feeItem, rule.name)?.conditions;
            return (
              <div key={rule.name} style={{ fontSize: 12 }}>
                <Tag>{rule.name}</Tag>
                {sharedNamedIn(conditions).map((name) => (
                  <Tag key={name} color="blue" icon={<LinkOutlined />} data-testid="fired-rule-shared">{name}</Tag>
                ))}
                <span data-testid="fired-rule-saw">{Object.entries(rule.saw).map(([key, value]) => `${sawName(key)} = ${sawValue(value)}`).join('；')}</span>
                <ConditionSummary conditions={conditions} compact />
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}

export function ExplanationDrawer({ row, draft, published, feeItems, feeItemLabel, period, asOf, onClose }: Props) {
  const { t } = useI18n();
  const draftPolicy = useMemo(() => compileOrNull(draft), [draft]);
  const publishedPolicy = useMemo(() => compileOrNull(published), [published]);
  const lines = useMemo(() => {
    if (!row) return [];
    const facts = factsOfUnit(row);
    const input = { period, asOf };
    const has = (policy: CompiledPolicy | null, code: string) => policy?.doc.feeItems.some((item) => item.code === code) ?? false;
    return feeItems.map((code) => ({
      code,
      before: has(publishedPolicy, code) ? publishedPolicy!.evaluate(code, facts, input) : null,
      after: has(draftPolicy, code) ? draftPolicy!.evaluate(code, facts, input) : null,
    }));
  }, [row, feeItems, draftPolicy, publishedPolicy, period, asOf]);

  return (
    <Drawer
      open={row !== undefined}
      onClose={onClose}
      width={Math.min(960, typeof window === 'undefined' ? 960 : window.innerWidth - 48)}
      title={row ? t('policies.simulation.whyTitle', { room: row.room_no }) : ''}
      data-testid="explanation-drawer"
      destroyOnHidden
    >
      {row && (
        <>
          <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('policies.simulation.room')}>{row.room_no}</Descriptions.Item>
            <Descriptions.Item label={t('policies.simulation.owner')}>{row.owner_name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('policies.simulation.area')}>{row.area} m²</Descriptions.Item>
            <Descriptions.Item label={t('policies.simulation.period')}>{`${period.start} ~ ${period.end}`}</Descriptions.Item>
            <Descriptions.Item label={t('policies.simulation.asOf')}>{asOf}</Descriptions.Item>
            <Descriptions.Item label={t('policies.simulation.ownerTags')}>{(row.owner_tags ?? []).join(', ') || '—'}</Descriptions.Item>
          </Descriptions>
          {lines.length === 0 && <Empty />}
          {lines.map(({ code, before, after }) => (
            <div key={code} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{feeItemLabel(code)}</Typography.Title>
              <Row gutter={12}>
                <Col xs={24} lg={12}><LineView line={before} title={t('policies.simulation.published')} doc={published} /></Col>
                <Col xs={24} lg={12}><LineView line={after} title={t('policies.simulation.draft')} doc={draft} /></Col>
              </Row>
            </div>
          ))}
        </>
      )}
    </Drawer>
  );
}
