// Runs plugin fixtures through both evaluators: each must meet its expectations, and the fast path must
// agree with json-rules-engine exactly. Plugin tests call `testFixtures(plugins, fixtures)`.
import { expect, test } from 'vitest';
import type { Fixture, Plugin } from '../plugin/types.js';
import { PluginRegistry } from '../plugin/registry.js';
import { compilePolicy } from '../evaluate/compiled.js';
import { referencePolicy } from '../evaluate/reference.js';
import { formatExplanation } from '../explain/format.js';
import type { LineResult } from '../evaluate/types.js';

export async function evaluateFixture(registry: PluginRegistry, fixture: Fixture): Promise<{ fast: LineResult; reference: LineResult }> {
  const doc = { feeItems: [fixture.feeItem] };
  const input = { period: fixture.period, asOf: fixture.asOf };
  const fast = compilePolicy(doc, registry).evaluate(fixture.feeItem.code, fixture.facts, input);
  const reference = await referencePolicy(doc, registry).evaluate(fixture.feeItem.code, fixture.facts, input);
  return { fast, reference };
}

/** What a fixture expected and did not get; empty when it passes. */
export function fixtureMismatches(fixture: Fixture, result: LineResult): string[] {
  const e = fixture.expect;
  if (e.error !== undefined) {
    if (result.ok) return [`expected an error matching /${e.error}/, got a line totalling ${result.total}`];
    return new RegExp(e.error).test(result.error.message) ? [] : [`error "${result.error.message}" does not match /${e.error}/`];
  }
  if (!result.ok) return [`evaluation failed: ${result.error.message}`];
  const problems: string[] = [];
  for (const key of ['principal', 'discount', 'surcharge', 'lateFee', 'total'] as const) {
    if (e[key] !== undefined && e[key] !== result[key]) problems.push(`${key}: expected ${e[key]}, got ${result[key]}`);
  }
  if (e.dueDate !== undefined && e.dueDate !== result.dueDate) problems.push(`dueDate: expected ${e.dueDate}, got ${result.dueDate}`);
  const text = formatExplanation(result.explanation);
  for (const part of e.explains ?? []) if (!text.includes(part)) problems.push(`explanation lacks "${part}":\n${text}`);
  return problems;
}

/** Registers one vitest test per fixture. `plugins` is every plugin the fixtures need. */
export function testFixtures(plugins: readonly Plugin[], fixtures: readonly Fixture[]): void {
  const registry = new PluginRegistry(plugins);
  test.each(fixtures.map((f) => [f.name, f] as const))('fixture: %s', async (_name, fixture) => {
    const { fast, reference } = await evaluateFixture(registry, fixture);
    expect(fast).toEqual(reference);
    expect(fixtureMismatches(fixture, fast)).toEqual([]);
  });
}
