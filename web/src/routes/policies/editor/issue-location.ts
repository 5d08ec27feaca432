// A validation issue's place in words: "物业管理费 › 规则 2「senior」 › event/params/percent".
import { locatePointer } from '../document/pointer';
import { isObj } from '../document/shape';

export interface IssuePlace {
  readonly feeItem?: string;
  readonly rule?: { readonly index: number; readonly name: string };
  readonly slot?: string;
  readonly rest: string;
}

export function issuePlace(doc: unknown, pointer: string): IssuePlace {
  const target = locatePointer(pointer);
  if (target.kind === 'document') return { rest: target.rest.join('/') };
  const items = isObj(doc) && Array.isArray(doc.feeItems) ? doc.feeItems : [];
  const item = items[target.feeItem];
  const code = isObj(item) && typeof item.code === 'string' && item.code ? item.code : `#${target.feeItem + 1}`;
  if (target.kind === 'rule') {
    const rules = isObj(item) && Array.isArray(item.rules) ? item.rules : [];
    const rule = rules[target.rule];
    const name = isObj(rule) && typeof rule.name === 'string' ? rule.name : '';
    return { feeItem: code, rule: { index: target.rule, name }, rest: target.rest.join('/') };
  }
  if (target.kind === 'slot') return { feeItem: code, slot: target.slot, rest: target.rest.join('/') };
  return { feeItem: code, rest: target.rest.join('/') };
}
