import { formatField } from '../fields';
import type { FieldDef } from '../fields/types';
import { useI18n } from '../i18n/use-i18n';

/** A raw value shown the way its field type formats it in the current language. */
export function FormattedValue({ def, value }: { readonly def: FieldDef; readonly value: unknown }) {
  const { format } = useI18n();
  return <>{formatField(def, value, format)}</>;
}
