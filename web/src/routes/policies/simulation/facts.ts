// One row of the `unit_facts` view → the facts the engine evaluates a unit with: the mapping the billing run
// uses too, owned by the facts plugin.
export { factsFromRow as factsOfUnit, type PeriodFacts, type UnitFactsRow } from '../../../../../plugins/core-facts/from-row';
