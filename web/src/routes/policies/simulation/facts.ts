// One row of the `unit_facts` view → the facts the engine evaluates a unit with: the mapping the billing run
// uses too, owned by the facts plugin.
export { factsFromRow as factsOfUnit, type PeriodFacts, type UnitFactsRow } from '../../../../../plugins/core-facts/from-row';

/** Columns the simulation reads from unit_facts. */
export const UNIT_FACTS_COLUMNS =
  'unit_id,project_id,room_no,building_code,area,usage,handover_date,renovation_date,occupancy_date,occupancy,owner_id,owner_name,owner_tags,parking_spaces';
