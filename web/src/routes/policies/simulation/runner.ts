// Starts a simulation in a Web Worker, or — where workers are unavailable — on the page a chunk per task, so
// the page keeps painting its progress bar either way.
import { policyRegistry } from '../registry';
import { simulate, type Progress, type SimulationInput } from './run';
import { summarize, type SimulationSummary } from './summary';
import type { SimulationResult } from './types';
import type { WorkerMessage } from './worker-protocol';

export interface Outcome {
  readonly result: SimulationResult;
  readonly summary: SimulationSummary;
}

export interface RunningSimulation {
  readonly result: Promise<Outcome>;
  readonly cancel: () => void;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

function inWorker(input: SimulationInput, onProgress: (p: Progress) => void): RunningSimulation | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let reject: (e: Error) => void = () => undefined;
  const result = new Promise<Outcome>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else {
        worker.terminate();
        if (message.type === 'done') resolve({ result: message.result, summary: message.summary });
        else fail(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'the simulation worker failed'));
    };
  });
  worker.postMessage(input);
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new SimulationCancelled());
    },
  };
}

function onPage(input: SimulationInput, onProgress: (p: Progress) => void): RunningSimulation {
  let cancelled = false;
  const result = (async () => {
    const run = simulate(input, policyRegistry, 200);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return { result: step.value, summary: summarize(step.value) };
      onProgress(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled) throw new SimulationCancelled();
    }
  })();
  return { result, cancel: () => { cancelled = true; } };
}

export function startSimulation(input: SimulationInput, onProgress: (p: Progress) => void): RunningSimulation {
  return (typeof Worker !== 'undefined' && inWorker(input, onProgress)) || onPage(input, onProgress);
}
