// The project's fee items and buildings with their names in the console's language: what a run may be limited
// to, and how its scope and errors are labelled.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { projectFeeItems, type FeeItemRow } from '../policies/queries';
import { projectBuildings, type BuildingRow } from './queries';

export interface ProjectScope {
  readonly feeItems: readonly FeeItemRow[];
  readonly buildings: readonly BuildingRow[];
  /** A fee item's name; its code when the project no longer has it. */
  readonly feeItemLabel: (code: string) => string;
  /** A run's fee items, or "all" for null. */
  readonly feeItemsText: (codes: readonly string[] | null) => string;
  /** A run's buildings, or "all" for null. */
  readonly buildingsText: (ids: readonly string[] | null) => string;
}

export function useProjectScope(projectId: string): ProjectScope {
  const { t, text, locale } = useI18n();
  // Same key as the policy editor's: one cache entry per project's fee items.
  const feeItems = useQuery({ queryKey: ['fee-items', projectId], queryFn: () => projectFeeItems(projectId) });
  const buildings = useQuery({ queryKey: ['buildings-of', projectId], queryFn: () => projectBuildings(projectId) });
  return useMemo(() => {
    const items = new Map((feeItems.data ?? []).map((item) => [item.code, text({ 'zh-CN': item.name_zh, en: item.name_en })]));
    const names = new Map((buildings.data ?? []).map((building) => [building.id, building.name]));
    const feeItemLabel = (code: string) => items.get(code) ?? code;
    const separator = locale === 'zh-CN' ? '、' : ', ';
    return {
      feeItems: feeItems.data ?? [],
      buildings: buildings.data ?? [],
      feeItemLabel,
      feeItemsText: (codes) => (codes ? codes.map(feeItemLabel).join(separator) : t('billingRuns.allFeeItems')),
      buildingsText: (ids) => (ids ? ids.map((id) => names.get(id) ?? id).join(separator) : t('billingRuns.allBuildings')),
    };
  }, [feeItems.data, buildings.data, t, text, locale]);
}
