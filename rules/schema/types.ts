// The JSON Schema subset plugins use for their params and facts: enough to validate a policy with precise
// JSON pointers and for the console to build a form, nothing more.
import type { Localized } from '../localized.js';

interface Base {
  title?: Localized;
  description?: Localized;
}

export type JsonSchema =
  | (Base & { type: 'string'; format?: 'decimal' | 'date'; enum?: readonly string[]; enumLabels?: Readonly<Record<string, Localized>>; pattern?: string; minLength?: number; maxLength?: number; minimum?: string; maximum?: string })
  | (Base & { type: 'integer'; minimum?: number; maximum?: number })
  | (Base & { type: 'boolean' })
  | (Base & { type: 'array'; items: JsonSchema; minItems?: number; maxItems?: number })
  | (Base & { type: 'object'; properties: Readonly<Record<string, JsonSchema>>; required?: readonly string[]; additionalProperties?: false });
