import { describe, expect, it } from 'vitest';
import { factsOfUnit, type UnitFactsRow } from './facts';

const row = (over: Partial<UnitFactsRow> = {}): UnitFactsRow => ({
  unit_id: 'u1', project_id: 'p1', room_no: '3-2-1502', building_code: '3', area: '88.50', usage: 'residential',
  handover_date: '2026-12-01', renovation_date: null, occupancy_date: null, occupancy: 'vacant',
  owner_id: 'o1', owner_name: '张三', owner_tags: ['senior'], parking_spaces: 2,
  ...over,
});

describe('factsOfUnit', () => {
  it('maps a unit_facts row to the unit, owner and parking facts, leaving unrecorded dates out', () => {
    expect(factsOfUnit(row())).toEqual({
      unit: { id: 'u1', roomNo: '3-2-1502', buildingCode: '3', area: '88.50', usage: 'residential', occupancy: 'vacant', handoverDate: '2026-12-01' },
      owner: { id: 'o1', name: '张三', tags: ['senior'] },
      parking: { spaces: 2 },
    });
  });

  it('keeps the area as text, exactly as the view sends it', () => {
    const unit = factsOfUnit(row({ area: '123456789012.25' })).unit as Record<string, unknown>;
    expect(unit.area).toBe('123456789012.25');
  });

  it('leaves the owner out of units without one and defaults tags and parking', () => {
    const facts = factsOfUnit(row({ owner_id: null, owner_name: null, owner_tags: null, parking_spaces: null }));
    expect(facts.owner).toBeUndefined();
    expect(facts.parking).toEqual({ spaces: 0 });
    expect(factsOfUnit(row({ owner_tags: null })).owner).toEqual({ id: 'o1', name: '张三', tags: [] });
  });

  it('carries every recorded date', () => {
    const unit = factsOfUnit(row({ renovation_date: '2027-02-10', occupancy_date: '2027-05-01', building_code: null })).unit;
    expect(unit).toMatchObject({ handoverDate: '2026-12-01', renovationDate: '2027-02-10', occupancyDate: '2027-05-01' });
    expect(unit).not.toHaveProperty('buildingCode');
  });

  it('does not derive status: the status plugin does that', () => {
    expect(factsOfUnit(row())).not.toHaveProperty('status');
  });
});
