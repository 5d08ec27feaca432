import { Input } from 'antd';
import type { TextFieldDef } from '../fields/types';
import type { FilterWidget } from './types';

export const textWidget: FilterWidget<TextFieldDef> = {
  input: (def) =>
    def.multiline ? <Input.TextArea rows={3} maxLength={def.maxLength} /> : <Input maxLength={def.maxLength} />,
  filter: () => <Input allowClear />,
};
