// Who decides adjustments — a courtesy of the console (everyone else gets the list without buttons);
// decide_adjustments checks the role itself.
import type { AppRole } from '../../domain/enums';

const DECIDERS: readonly AppRole[] = ['finance', 'hq_admin'];

export function mayDecideAdjustments(roles: readonly AppRole[]): boolean {
  return roles.some((role) => DECIDERS.includes(role));
}
