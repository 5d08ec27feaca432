// A rule's conditions in plain words, on its card, so a clerk reads what a rule asks without opening each
// condition: "房屋 › 用途 等于 住宅 且 （业主 › 业主标签 包含 senior 或 共享条件「优惠对象」）". Facts, operators and
// enumerated values by their labels; anything the registry does not know as written.
import { isFactRef, schemaAt, type Localized, type PluginRegistry } from '../../../../../rules';
import { isObj } from '../document/shape';
import { sawKeyLabels, valueKindFor } from './fact-paths';

export interface SummaryWords {
  readonly text: (value: Localized) => string;
  readonly and: string;
  readonly or: string;
  /** "并非{{x}}" / "not {{x}}". */
  readonly not: (inner: string) => string;
  readonly shared: (name: string) => string;
  readonly yes: string;
  readonly no: string;
  /** Brackets around a nested group. */
  readonly group: (inner: string) => string;
}

function fieldName(registry: PluginRegistry, words: SummaryWords, fact: unknown, path: unknown): string {
  const key = `${String(fact)}${typeof path === 'string' ? path : ''}`;
  return sawKeyLabels(registry.allFacts(), key)?.map(words.text).join(' › ') ?? key;
}

function valueText(registry: PluginRegistry, words: SummaryWords, leaf: Record<string, unknown>): string {
  if (isFactRef(leaf.value)) return fieldName(registry, words, leaf.value.fact, leaf.value.path);
  const fact = typeof leaf.fact === 'string' ? registry.fact(leaf.fact) : undefined;
  const kind = valueKindFor(fact ? schemaAt(fact.schema, typeof leaf.path === 'string' ? leaf.path : undefined) : undefined, leaf.operator as string | undefined);
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? words.yes : words.no;
    const option = kind.kind === 'enum' ? kind.options.find((o) => o.value === String(v)) : undefined;
    return option?.label ? words.text(option.label) : String(v);
  };
  return Array.isArray(leaf.value) ? leaf.value.map(one).join('、') : one(leaf.value);
}

/** The condition tree in words; a group inside another is bracketed. */
export function conditionSummary(node: unknown, registry: PluginRegistry, words: SummaryWords, nested = false): string {
  if (!isObj(node)) return '';
  const list = Array.isArray(node.all) ? node.all : Array.isArray(node.any) ? node.any : undefined;
  if (list) {
    const parts = list.map((c) => conditionSummary(c, registry, words, true));
    const joined = parts.join(Array.isArray(node.all) ? ` ${words.and} ` : ` ${words.or} `);
    return nested && parts.length > 1 ? words.group(joined) : joined;
  }
  if ('not' in node) return words.not(conditionSummary(node.not, registry, words, true));
  if (typeof node.condition === 'string') return words.shared(node.condition);
  const op = typeof node.operator === 'string' ? registry.operator(node.operator) : undefined;
  const operator = op ? words.text(op.label) : String(node.operator);
  return `${fieldName(registry, words, node.fact, node.path)} ${operator} ${valueText(registry, words, node)}`;
}
