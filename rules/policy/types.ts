// A fee policy as data: json-rules-engine's own rule format, whose events name plugin actions.
import type { Localized } from '../localized.js';
import type { Rounding } from '../money.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A fact, or a property inside it: `path` is JSONPath restricted to `$.a.b` member access. */
export interface FactRef {
  fact: string;
  path?: string;
}

export interface LeafCondition extends FactRef {
  operator: string;
  /** A constant, or another fact path to compare with (json-rules-engine's `{ "fact": …, "path": … }`). */
  value: Json | FactRef;
}
/** The policy's shared condition of that name (see PolicyDocument.sharedConditions). */
export interface ConditionRef {
  condition: string;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition | ConditionRef;
export type TopCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface RuleDoc {
  name: string;
  /** Higher first, as in json-rules-engine (default 1). */
  priority?: number;
  conditions: TopCondition;
  event: { type: string; params?: Record<string, Json> };
}

/** A plugin action used without conditions (due date, late fee, dunning ladder). */
export interface ActionRef {
  type: string;
  params?: Record<string, Json>;
}

export type FeeCycle = 'month' | 'quarter' | 'year' | 'once';

export interface FeeItemPolicy {
  code: string;
  name?: Localized;
  cycle: FeeCycle;
  /** This fee item's rounding when it differs from the policy's (e.g. water to the jiao, 0.1). */
  rounding?: Rounding;
  rules: RuleDoc[];
  due?: ActionRef;
  lateFee?: ActionRef;
  dunning?: ActionRef;
}

export interface PolicyDocument {
  rounding?: Rounding;
  /** IANA zone that decides what "today" is (default Asia/Shanghai). */
  timezone?: string;
  /** Conditions written once and used by name in any rule: `{ "condition": "<name>" }`. */
  sharedConditions?: Record<string, TopCondition>;
  feeItems: FeeItemPolicy[];
}
