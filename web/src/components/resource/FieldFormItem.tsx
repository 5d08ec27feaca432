import { Form } from 'antd';
import { checkField } from '../../fields';
import type { FieldDef } from '../../fields/types';
import { widgetFor } from '../../field-widgets';
import { fieldIssueText } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';

/** One labelled form control, validated by the field type's own parse/validate rules. */
export function FieldFormItem({ def }: { readonly def: FieldDef }) {
  const { locale, text } = useI18n();
  const widget = widgetFor(def);
  return (
    <Form.Item
      name={def.key}
      label={text(def.label)}
      required={def.required}
      rules={[
        {
          validator: async (_rule, value: unknown) => {
            const checked = checkField(def, value);
            if (!checked.ok) throw new Error(fieldIssueText(locale, checked.issue));
          },
        },
      ]}
      {...widget.formItem?.(def)}
    >
      {widget.input(def)}
    </Form.Item>
  );
}
