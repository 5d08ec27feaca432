// Runs a simulation off the page's thread: progress messages while it works, then the result and its summary
// (or the error).
import { policyRegistry } from '../registry';
import { simulate, type SimulationInput } from './run';
import { summarize } from './summary';
import type { WorkerMessage } from './worker-protocol';

const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<SimulationInput>) => {
  try {
    const run = simulate(event.data, policyRegistry, 500);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) {
        post({ type: 'done', result: step.value, summary: summarize(step.value) });
        return;
      }
      post({ type: 'progress', progress: step.value });
    }
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
