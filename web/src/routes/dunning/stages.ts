// The dunning ladder's stages and channels as the console names them. A policy may name stages of its own: those
// show as they are spelt.
import type { TranslationKey } from '../../i18n/dictionary';

export const STAGES = ['reminder', 'first', 'second', 'final', 'legal'] as const;
export type Stage = (typeof STAGES)[number];

/** public.dunning_channel */
export const CHANNELS = ['sms', 'phone', 'letter', 'door', 'app', 'email', 'task'] as const;
export type Channel = (typeof CHANNELS)[number];

/** public.action_status */
export const TASK_STATUSES = ['scheduled', 'sent', 'done', 'cancelled', 'failed'] as const;

/** Whether a value read from the database is one the console has a label for. */
export const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T => values.includes(value as T);

const isStage = (stage: string): stage is Stage => isOneOf(STAGES, stage);

export function stageLabel(t: (key: TranslationKey) => string, stage: string): string {
  return isStage(stage) ? t(`dunningDesk.stages.${stage}`) : stage;
}

/** Ladder order; stages of the policy's own naming after the standard ones. */
export function byLadder(a: string, b: string): number {
  const rank = (stage: string) => (isStage(stage) ? STAGES.indexOf(stage) : STAGES.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
