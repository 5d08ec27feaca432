// Finding who pays: type a room number, an owner's name or a phone number; pick the owner (with their rooms) or an
// unowned unit from what matches.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useSettledText } from '../../../components/use-settled-text';
import { useI18n } from '../../../i18n/use-i18n';
import { payerLabel } from './payer-label';
import type { Payer } from './payers';
import { searchPayers } from './queries';

interface Props {
  readonly projectId: string;
  readonly value: Payer | null;
  readonly onChange: (payer: Payer) => void;
}

export function PayerSearch({ projectId, value, onChange }: Props) {
  const { t } = useI18n();
  const { onType, settled } = useSettledText();
  const found = useQuery({ queryKey: ['cashier-payers', projectId, settled], queryFn: () => searchPayers(projectId, settled), enabled: settled !== '' });
  const payers = found.data ?? [];
  // The chosen payer stays an option while a new search runs, so the box keeps showing it.
  const options = value && !payers.some((payer) => payer.key === value.key) ? [value, ...payers] : payers;
  return (
    <Select
      data-testid="desk-search"
      style={{ width: 420 }}
      showSearch
      filterOption={false}
      notFoundContent={null}
      placeholder={t('cashierDesk.desk.search')}
      value={value?.key}
      loading={found.isFetching}
      onSearch={onType}
      onChange={(key: string) => onChange(options.find((payer) => payer.key === key)!)}
      options={options.map((payer) => ({ value: payer.key, label: payerLabel(payer, t) }))}
    />
  );
}
