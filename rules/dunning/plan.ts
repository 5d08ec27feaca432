// Which dunning stages a day brings, bill by bill: the policy's ladder for the bill's fee item dates every stage
// from the bill's due date; a stage is due once its date has come and it was not recorded before (so re-running
// a day adds nothing, and a partial payment — the bill stays open — neither skips nor repeats a stage). When
// several stages are due at once (the run did not run, or the owner was paused), only the latest is carried
// out and the earlier ones are recorded as superseded. An owner is paused while a promise to pay has not come
// due, or while an active installment plan is kept; a plan found not kept is reported broken and the ladder
// resumes.
import type { PluginRegistry } from '../plugin/registry.js';
import type { PolicyDocument } from '../policy/types.js';
import { dayContext } from '../evaluate/prepare.js';
import { fill } from '../explain/format.js';

export interface DunningCandidate {
  readonly billId: string;
  readonly feeItem: string;
  readonly dueDate: string;
  readonly balance: string;
  /** Stages already recorded for the bill (any channel). */
  readonly stagesDone: readonly string[];
  readonly promisedUntil: string | null;
  readonly planId: string | null;
  readonly planKept: boolean | null;
}

export interface PlannedAction {
  readonly billId: string;
  readonly stage: string;
  readonly channel: string;
  readonly on: string;
  readonly status: 'scheduled' | 'cancelled';
  readonly result?: string;
  readonly why: { readonly zh: string; readonly en: string };
}

export interface DunningPlan {
  readonly actions: PlannedAction[];
  readonly brokenPlans: string[];
  /** Bills paused today (a promise not yet due, a plan being kept). */
  readonly paused: number;
  readonly errors: Array<{ billId: string; message: string }>;
}

export function planDunning(doc: PolicyDocument, registry: PluginRegistry, candidates: readonly DunningCandidate[], asOf: string): DunningPlan {
  const items = new Map(doc.feeItems.map((i) => [i.code, i]));
  const actions: PlannedAction[] = [];
  const brokenPlans = new Set<string>();
  const errors: DunningPlan['errors'] = [];
  let paused = 0;
  for (const bill of candidates) {
    const item = items.get(bill.feeItem);
    const ladder = item?.dunning && registry.action(item.dunning.type);
    if (!item || !ladder) continue;
    if (bill.planId !== null && bill.planKept === false) brokenPlans.add(bill.planId);
    if ((bill.promisedUntil !== null && bill.promisedUntil >= asOf) || (bill.planId !== null && bill.planKept === true)) {
      paused += 1;
      continue;
    }
    const ctx = dayContext(doc, item, asOf);
    let stages;
    try {
      stages = ladder.plan(item.dunning!.params ?? {}, { bill: { billId: bill.billId, dueDate: bill.dueDate, balance: bill.balance } }, ctx)
        .flatMap((e) => (e.kind === 'dunningStage' ? [e] : []));
    } catch (e) {
      errors.push({ billId: bill.billId, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const due = stages.filter((s) => s.on <= asOf);
    const latest = due[due.length - 1];
    if (!latest) continue;
    for (const stage of due) {
      if (bill.stagesDone.includes(stage.stage)) continue;
      const why = { zh: fill(stage.why.t['zh-CN'], stage.why.v), en: fill(stage.why.t.en, stage.why.v) };
      for (const channel of stage.channels) {
        actions.push(stage === latest
          ? { billId: bill.billId, stage: stage.stage, channel, on: stage.on, status: 'scheduled', why }
          : { billId: bill.billId, stage: stage.stage, channel, on: stage.on, status: 'cancelled', result: `superseded by ${latest.stage} (${latest.on})`, why });
      }
    }
  }
  return { actions, brokenPlans: [...brokenPlans], paused, errors };
}
