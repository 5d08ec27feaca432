// Whether a document (possibly invalid) has the shape the structured view can draw: fee items that are
// objects with a rules array of objects, and shared conditions (if any) by name. Anything else is edited in
// the raw view until it does.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface EditableRule extends Obj {
  name?: unknown;
  priority?: unknown;
  conditions?: unknown;
  event?: unknown;
}

export interface EditableFeeItem extends Obj {
  code?: unknown;
  name?: unknown;
  cycle?: unknown;
  rules: EditableRule[];
}

export interface EditableDocument extends Obj {
  feeItems: EditableFeeItem[];
}

export function isEditable(doc: unknown): doc is EditableDocument {
  return isObj(doc) && Array.isArray(doc.feeItems) && (doc.sharedConditions === undefined || isObj(doc.sharedConditions))
    && doc.feeItems.every((item) => isObj(item) && Array.isArray(item.rules) && item.rules.every(isObj));
}

export { isObj };
