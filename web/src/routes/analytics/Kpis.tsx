// The four headline rates of a company, project or building, each against the target: what was collected of
// what, and whether it is on target.
import Decimal from 'decimal.js';
import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { CHART_COLORS } from '../../components/charts/palette';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import type { RateRow } from './rows';
import { isBelow, percentText } from './rates';

type Kpi = 'current_rate' | 'arrears_rate' | 'overall_rate' | 'household_rate';

/** Each rate's numerator and denominator as the card's second line. */
function detail(row: RateRow, kpi: Kpi): { part: string; whole: string } | null {
  switch (kpi) {
    case 'current_rate':
      return { part: formatMoney(row.collected), whole: formatMoney(row.receivable) };
    case 'arrears_rate':
      return { part: formatMoney(row.arrears_collected), whole: formatMoney(row.prior_arrears) };
    case 'overall_rate':
      return {
        part: formatMoney(new Decimal(row.collected).plus(row.arrears_collected)),
        whole: formatMoney(new Decimal(row.receivable).plus(row.prior_arrears)),
      };
    case 'household_rate':
      return row.households === null ? null : { part: String(row.households_paid ?? 0), whole: String(row.households) };
  }
}

const KPIS: readonly Kpi[] = ['current_rate', 'arrears_rate', 'overall_rate', 'household_rate'];

export function Kpis({ row, loading }: { readonly row: RateRow | null | undefined; readonly loading: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {KPIS.map((kpi) => {
        const rate = row?.[kpi] ?? null;
        const below = isBelow(rate, row?.target ?? null);
        const parts = row ? detail(row, kpi) : null;
        return (
          <Col key={kpi} xs={24} sm={12} xl={6}>
            <Card size="small" loading={loading} data-testid={`kpi-${kpi}`}>
              <Statistic title={t(`dashboard.kpi.${kpi}`)} value={percentText(rate)}
                valueStyle={below ? { color: CHART_COLORS.belowTarget } : undefined} />
              {row && (
                <Typography.Text type="secondary">
                  {t('dashboard.kpi.target', { target: percentText(row.target) })}
                  {rate !== null && (
                    <Tag style={{ marginLeft: 8 }} color={below ? 'error' : 'success'}>{t(below ? 'dashboard.kpi.below' : 'dashboard.kpi.met')}</Tag>
                  )}
                  {parts && <div>{t(kpi === 'household_rate' ? 'dashboard.kpi.households' : 'dashboard.kpi.money', parts)}</div>}
                </Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
