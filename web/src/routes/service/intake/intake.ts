// The intake form's pure side: the two-level category choice and the create_request arguments of a filled form.
import type { EnumValue } from '../../../domain/enums';
import type { Locale } from '../../../i18n/locales';
import type { Category } from '../queries';

export interface CategoryOption {
  readonly value: string;
  readonly label: string;
  readonly children?: CategoryOption[];
}

const nameIn = (category: Category, locale: Locale) => (locale === 'zh-CN' ? category.name_zh : category.name_en);

/** Active top categories with their active subcategories, in the office's order; emergencies marked. */
export function categoryOptions(all: readonly Category[], locale: Locale, emergencyMark: string): CategoryOption[] {
  const active = all.filter((c) => c.active);
  const label = (c: Category) => (c.emergency ? `${nameIn(c, locale)} ${emergencyMark}` : nameIn(c, locale));
  return active.filter((c) => c.parent_id === null).map((top) => {
    const children = active.filter((c) => c.parent_id === top.id).map((c) => ({ value: c.id, label: label(c) }));
    return children.length > 0 ? { value: top.id, label: label(top), children } : { value: top.id, label: label(top) };
  });
}

/** A fee complaint (收费争议): the owner's open bills may be linked, which pauses their dunning. */
export function isFeeDispute(category: Category | undefined): boolean {
  return category !== undefined && category.kind === 'complaint' && /(^|\.)fee($|\.)/.test(category.code);
}

export interface IntakeValues {
  readonly channel: EnumValue<'request_channel'>;
  readonly ownerId: string | null;
  readonly unitId: string | null;
  readonly contactName: string;
  readonly contactPhone: string;
  /** The chosen path of the cascader: [top] or [top, sub]; the last one is the category. */
  readonly categoryPath: readonly string[];
  readonly location: string;
  readonly description: string;
  readonly preferredTime: string;
  readonly urgency: EnumValue<'request_urgency'>;
  readonly billIds: readonly string[];
}

export function createArgs(projectId: string, values: IntakeValues, category: Category | undefined): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    p_project_id: projectId,
    p_channel: values.channel,
    p_category_id: values.categoryPath.at(-1) ?? null,
    p_description: values.description.trim(),
    p_owner_id: values.ownerId,
    p_unit_id: values.unitId,
    p_contact_name: text(values.contactName),
    p_contact_phone: text(values.contactPhone),
    p_location: text(values.location),
    p_preferred_time: text(values.preferredTime),
    p_urgency: values.urgency,
    // bills only belong to a fee complaint: a changed category leaves none behind
    p_bill_ids: isFeeDispute(category) ? [...values.billIds] : [],
  };
}
