import type { Progress } from './run';
import type { SimulationSummary } from './summary';
import type { SimulationResult } from './types';

/** Messages the simulation worker sends back. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly result: SimulationResult; readonly summary: SimulationSummary }
  | { readonly type: 'error'; readonly message: string };
