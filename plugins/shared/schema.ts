// Small builders for the JSON Schema subset, so every field carries zh-CN and en titles without repetition.
import type { Localized } from '../../rules/localized.js';
import type { JsonSchema } from '../../rules/schema/types.js';

export const text = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

type StringSchema = Extract<JsonSchema, { type: 'string' }>;
type IntegerSchema = Extract<JsonSchema, { type: 'integer' }>;
type ArraySchema = Extract<JsonSchema, { type: 'array' }>;

export const decimal = (title: Localized, limits: Pick<StringSchema, 'minimum' | 'maximum' | 'description'> = {}): JsonSchema =>
  ({ type: 'string', format: 'decimal', title, ...limits });

export const date = (title: Localized): JsonSchema => ({ type: 'string', format: 'date', title });

export const string = (title: Localized, limits: Pick<StringSchema, 'minLength' | 'maxLength' | 'pattern'> = { minLength: 1 }): JsonSchema =>
  ({ type: 'string', title, ...limits });

export const integer = (title: Localized, limits: Pick<IntegerSchema, 'minimum' | 'maximum' | 'description'> = {}): JsonSchema =>
  ({ type: 'integer', title, ...limits });

export const boolean = (title: Localized): JsonSchema => ({ type: 'boolean', title });

/** A closed choice; the labels are what the console shows. */
export const choice = (title: Localized, labels: Readonly<Record<string, Localized>>): JsonSchema =>
  ({ type: 'string', title, enum: Object.keys(labels), enumLabels: labels });

export const array = (title: Localized, items: JsonSchema, limits: Pick<ArraySchema, 'minItems' | 'maxItems'> = {}): JsonSchema =>
  ({ type: 'array', title, items, ...limits });

/** Action params: unknown keys are refused, so a typo in a policy is an error rather than a silent default. */
export const params = (properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema =>
  ({ type: 'object', properties, required, additionalProperties: false });

export const object = (title: Localized, properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema =>
  ({ type: 'object', title, properties, required, additionalProperties: false });

/** Fact shapes stay open: a loader may carry more columns than the rules use. */
export const record = (title: Localized, properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema =>
  ({ type: 'object', title, properties, required });

/** A label an office types for its own relief or fee, shown in explanations. */
export const labelSchema = (title: Localized): JsonSchema =>
  object(title, { 'zh-CN': string(text('中文名称', 'Chinese text')), en: string(text('英文名称', 'English text')) }, ['zh-CN']);
