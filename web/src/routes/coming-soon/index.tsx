import { ClockCircleOutlined } from '@ant-design/icons';
import { useResourceParams, useTranslate } from '@refinedev/core';
import { Card, Result } from 'antd';
import { useI18n } from '../../i18n/use-i18n';

/** Placeholder of a module planned for a later release; deliberately shows no data. */
export default function ComingSoonPage() {
  const { t } = useI18n();
  const translateKey = useTranslate();
  const { resource } = useResourceParams();
  const name = resource?.name ?? '';
  return (
    <Card data-testid="coming-soon">
      <Result
        icon={<ClockCircleOutlined />}
        title={t('comingSoon.title')}
        subTitle={t('comingSoon.description', { module: translateKey(`${name}.${name}`, name) })}
      />
    </Card>
  );
}
