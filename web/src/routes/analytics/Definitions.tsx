// 口径说明: what every figure on the dashboards means, as the analytics migration defines it.
import { Collapse, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';

const TERMS = ['asOf', 'period', 'receivable', 'collected', 'current', 'arrears', 'overall', 'households', 'aging', 'target', 'freshness'] as const;

export function Definitions() {
  const { t } = useI18n();
  return (
    <Collapse size="small" data-testid="analytics-definitions" items={[{
      key: 'definitions',
      label: t('dashboard.definitions.title'),
      children: (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {TERMS.map((term) => <li key={term}><Typography.Text>{t(`dashboard.definitions.${term}`)}</Typography.Text></li>)}
        </ul>
      ),
    }]} />
  );
}
