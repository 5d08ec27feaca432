import { InputNumber } from 'antd';
import type { IntegerFieldDef } from '../fields/types';
import type { FieldWidget } from './types';

export const integerWidget: FieldWidget<IntegerFieldDef> = {
  input: (def) => <InputNumber precision={0} min={def.min} max={def.max} style={{ width: '100%', maxWidth: 240 }} />,
};
