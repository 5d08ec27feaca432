// The plugin contract. A plugin is one folder under plugins/ exporting a `Plugin`: a manifest, facts,
// operators and actions (pure), channels (side effects through the outbox, for dunning), and fixtures its own
// tests run. Built-ins are written exactly like a third party's.
import type { Localized } from '../localized.js';
import type { Decimal, Rounding } from '../money.js';
import type { JsonSchema } from '../schema/types.js';
import type { FeeCycle, FeeItemPolicy, Json } from '../policy/types.js';

export const ENGINE_API_VERSION = 1;

export interface PluginManifest {
  /** Lower-case dotted id, e.g. `core.charge`; actions are typed `<id>.<name>`. */
  id: string;
  version: string;
  apiVersion: number;
  label: Localized;
  description?: Localized;
}

/** What one evaluation is about. Nothing reads the clock: `asOf` is "today" in the project's time zone. */
export interface EvalContext {
  period: { start: string; end: string };
  asOf: string;
  timezone: string;
  rounding: Rounding;
  feeItem: { code: string; cycle: FeeCycle };
}

/** Fact values by fact id, as loaded for one unit (plus derived facts). */
export type Facts = Readonly<Record<string, unknown>>;

export interface FactDef {
  id: string;
  label: Localized;
  /** The fact's shape: validates fixtures and lets the console offer paths with labels. */
  schema: JsonSchema;
  /** A derived fact: computed from the loaded facts for the evaluation's period. Pure. */
  derive?(facts: Facts, ctx: EvalContext): unknown;
}

export interface OperatorDef {
  name: string;
  label: Localized;
  /** Pure and synchronous: the fast path calls it directly, json-rules-engine through addOperator. */
  evaluate(factValue: unknown, value: unknown): boolean;
}

/** A line of "why this amount": a template with {{placeholders}} and the values that fill it. */
export interface Explain {
  t: Localized;
  v?: Readonly<Record<string, string>>;
}

/** Effects are applied in this order whatever order rules fire in. */
export const PHASES = ['start', 'base', 'status', 'discount', 'surcharge', 'lateFee', 'cap', 'due', 'dunning'] as const;
export type Phase = (typeof PHASES)[number];

export type Effect =
  /** Billable days: the line charges only inside every coverage (e.g. from the handover date). */
  | { kind: 'coverage'; from?: string; to?: string; why: Explain }
  /** An amount per full month, prorated by day inside each month. */
  | { kind: 'monthly'; amount: Decimal; why: Explain }
  /** An amount for the whole period, not prorated (metered usage, one-off fees). */
  | { kind: 'lump'; amount: Decimal; why: Explain }
  /** Multiplies the prorated charge on the days in [from, to] (e.g. half price before renovation). */
  | { kind: 'factor'; factor: Decimal; from?: string; to?: string; why: Explain }
  | { kind: 'discount'; percent?: Decimal; amount?: Decimal; why: Explain }
  | { kind: 'surcharge'; percent?: Decimal; amount?: Decimal; why: Explain }
  /** Exact (unrounded) late fee on overdue arrears. */
  | { kind: 'lateFee'; amount: Decimal; why: Explain }
  /** Upper bound of the line total before rounding. */
  | { kind: 'cap'; max: Decimal; why: Explain }
  | { kind: 'due'; date: string; why: Explain }
  | { kind: 'dunningStage'; stage: string; on: string; channels: readonly string[]; why: Explain };

export interface ActionDef {
  /** Local name; the action's type in a policy is `<plugin id>.<name>`. */
  name: string;
  phase: Phase;
  label: Localized;
  description?: Localized;
  paramsSchema: JsonSchema;
  /**
   * Services the action would cut off. Any value makes the registry refuse the plugin: cutting water or
   * electricity to collect fees is unlawful (民法典 §944).
   */
  cuts?: readonly string[];
  /** Pure Decimal math: the effects of this action for one unit. May throw; the evaluation then fails alone. */
  plan(params: Readonly<Record<string, Json>>, facts: Facts, ctx: EvalContext): Effect[];
}

/** A dunning message as the outbox holds it (record_dunning's payload; written before notices existed, so `kind` may be absent). */
export interface DunningMessage {
  readonly kind?: 'dunning';
  readonly stage: string;
  readonly on: string;
  readonly owner: string;
  readonly project: string;
  readonly officePhone: string | null;
  readonly address: string;
  readonly total: string;
  readonly bills: ReadonlyArray<{ feeItem: string; periodStart: string; periodEnd: string; dueDate: string; balance: string; room: string }>;
}

/** A notice to an owner: an announcement (停水停电, events, policy changes) or news of their service request. */
export interface NoticeMessage {
  readonly kind: 'notice';
  readonly title: string;
  readonly body: string;
  readonly project: string;
  readonly owner: string | null;
  readonly officePhone: string | null;
  readonly on: string;
}

export type ChannelMessage = DunningMessage | NoticeMessage;

/**
 * A way to reach an owner (sms, letter, …). The plugin words the message (pure); the runtime's transport for
 * the channel sends it, with the outbox's dedupe key, so a retry never sends twice.
 */
export interface ChannelDef {
  /** One of the dunning_channel values it serves, e.g. 'sms'. */
  id: string;
  label: Localized;
  render(message: ChannelMessage): { subject?: string; body: string };
}

export interface Fixture {
  name: string;
  asOf: string;
  period: { start: string; end: string };
  facts: Record<string, unknown>;
  feeItem: FeeItemPolicy;
  expect: {
    principal?: string;
    discount?: string;
    surcharge?: string;
    lateFee?: string;
    total?: string;
    dueDate?: string | null;
    /** Substrings the Chinese explanation must contain, e.g. '17/31 天'. */
    explains?: readonly string[];
    /** The evaluation must fail with a message matching this. */
    error?: string;
  };
}

export interface Plugin {
  manifest: PluginManifest;
  facts?: readonly FactDef[];
  operators?: readonly OperatorDef[];
  actions?: readonly ActionDef[];
  channels?: readonly ChannelDef[];
  fixtures?: readonly Fixture[];
}
