import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { validateSchema } from '../../rules/schema/validate.js';
import { builtInPlugins } from '../index.js';
import { Q1_2027, unit } from '../shared/fixtures.js';
import { context } from '../shared/testing.js';
import { fixtures } from './fixtures.js';
import { coreFacts } from './index.js';
import { deriveStatus } from './status.js';
import { derivePeriod } from './period.js';

const ctx = context(Q1_2027);

describe('status (derived)', () => {
  it('judges handover, renovation and move-in by their dates at the period end', () => {
    expect(deriveStatus({ unit: unit({ handoverDate: '2027-03-31', occupancy: 'vacant' }) }, ctx)).toEqual({ handedOver: true, renovated: false, occupied: false, vacant: true, monthsSinceHandover: 0 });
    expect(deriveStatus({ unit: unit({ handoverDate: '2027-04-01', occupancy: 'vacant' }) }, ctx)).toMatchObject({ handedOver: false });
    expect(deriveStatus({ unit: unit({ renovationDate: '2027-02-10', occupancyDate: '2027-05-01', occupancy: 'occupied' }) }, ctx))
      .toEqual({ handedOver: true, renovated: true, occupied: false, vacant: false, monthsSinceHandover: 82 });
  });

  it('falls back to the recorded occupancy without a move-in date, and is absent without a unit', () => {
    expect(deriveStatus({ unit: unit({ occupancy: 'occupied' }) }, ctx)).toMatchObject({ occupied: true, vacant: false });
    expect(deriveStatus({ unit: unit({ handoverDate: null, occupancy: 'unsold' }) }, ctx)).toEqual({ handedOver: false, renovated: false, occupied: false, vacant: true });
    expect(deriveStatus({}, ctx)).toBeUndefined();
  });

  it('counts whole months from the handover to the period end, and none before the handover', () => {
    expect(deriveStatus({ unit: unit({ handoverDate: '2025-03-31' }) }, ctx)?.monthsSinceHandover).toBe(24);
    expect(deriveStatus({ unit: unit({ handoverDate: '2025-04-01' }) }, ctx)?.monthsSinceHandover).toBe(23);
    expect(deriveStatus({ unit: unit({ handoverDate: '2027-03-31' }) }, ctx)?.monthsSinceHandover).toBe(0);
    expect(deriveStatus({ unit: unit({ handoverDate: '2027-04-01' }) }, ctx)?.monthsSinceHandover).toBeUndefined();
    expect(deriveStatus({ unit: unit({ handoverDate: null }) }, ctx)?.monthsSinceHandover).toBeUndefined();
  });
});

describe('period (derived)', () => {
  it("gives the period's days, the run's today, and the first day's year, month and quarter, valid by its schema", () => {
    const period = derivePeriod({}, context({ start: '2027-07-01', end: '2027-09-30' }, '2027-06-25'));
    expect(period).toEqual({ start: '2027-07-01', end: '2027-09-30', asOf: '2027-06-25', year: 2027, month: 7, quarter: 3 });
    expect(validateSchema(coreFacts.facts!.find((f) => f.id === 'period')!.schema, period)).toEqual([]);
    expect(derivePeriod({}, context({ start: '2027-12-01', end: '2027-12-31' }))).toMatchObject({ month: 12, quarter: 4 });
  });
});

describe('fact schemas', () => {
  const schemas = new Map(coreFacts.facts!.map((f) => [f.id, f.schema]));

  it("accept every built-in fixture's facts", () => {
    for (const plugin of builtInPlugins) {
      for (const fixture of plugin.fixtures ?? []) {
        for (const [id, value] of Object.entries(fixture.facts)) {
          const schema = schemas.get(id);
          expect(schema, `${fixture.name}: unknown fact ${id}`).toBeDefined();
          expect(validateSchema(schema!, value), `${fixture.name}: fact ${id}`).toEqual([]);
        }
      }
    }
  });

  it('refuse what a loader must not send', () => {
    expect(validateSchema(schemas.get('unit')!, unit({ area: 88.5 }))).toEqual([{ pointer: '/area', message: expect.objectContaining({ en: 'expected a decimal string such as "2.80", got a number' }) }]);
    expect(validateSchema(schemas.get('arrears')!, [{ billId: 'B-1', feeItem: 'mgmt', balance: '1.00' }])).toEqual([{ pointer: '/0/dueDate', message: expect.objectContaining({ en: 'is required' }) }]);
  });
});

describe('core.facts fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
