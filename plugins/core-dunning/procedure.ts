// The dunning procedure of DESIGN.md §1 as ladder params: a reminder a week before the due date, a first
// notice by the 20th, a written notice 10 days later, a final notice 10 days after that, then legal
// escalation 30 days on. Policies start from it; offices adjust it.
import type { Json } from '../../rules/policy/types.js';

export const STANDARD_LADDER: Record<string, Json> = {
  stages: [
    { key: 'reminder', offsetDays: -7, channels: ['sms'] },
    { key: 'first', dayOfMonth: 20, channels: ['sms', 'phone'] },
    { key: 'second', afterPreviousDays: 10, channels: ['letter'] },
    { key: 'final', afterPreviousDays: 10, channels: ['letter', 'door'] },
    { key: 'legal', afterPreviousDays: 30, channels: ['task'] },
  ],
};
