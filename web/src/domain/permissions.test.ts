import { describe, expect, it } from 'vitest';
import { canUse } from './permissions';

describe('canUse', () => {
  it('lets everyone list and show', () => {
    expect(canUse([], 'units', 'list')).toBe(true);
    expect(canUse(['hq_analyst'], 'projects', 'show')).toBe(true);
  });

  it('shows the company-wide dashboard to HQ roles only', () => {
    expect(canUse(['hq_analyst'], 'hq_dashboard', 'list')).toBe(true);
    expect(canUse(['hq_admin'], 'hq_dashboard', 'list')).toBe(true);
    expect(canUse(['manager', 'finance', 'cashier', 'agent'], 'hq_dashboard', 'list')).toBe(false);
    expect(canUse(['manager'], 'project_dashboard', 'show')).toBe(true);
  });

  it('gives manager and hq_admin full control of records and fee items', () => {
    for (const resource of ['buildings', 'units', 'fee_items']) {
      for (const action of ['create', 'edit', 'delete', 'clone']) {
        expect(canUse(['manager'], resource, action)).toBe(true);
        expect(canUse(['hq_admin'], resource, action)).toBe(true);
        expect(canUse(['finance', 'cashier', 'agent', 'hq_analyst'], resource, action)).toBe(false);
      }
    }
  });

  it('lets agents create and edit owners but not delete them', () => {
    expect(canUse(['agent'], 'owners', 'create')).toBe(true);
    expect(canUse(['agent'], 'owners', 'edit')).toBe(true);
    expect(canUse(['agent'], 'owners', 'delete')).toBe(false);
    expect(canUse(['manager'], 'owners', 'delete')).toBe(true);
  });

  it('reserves project creation and editing to hq_admin and lets nobody delete projects', () => {
    expect(canUse(['hq_admin'], 'projects', 'create')).toBe(true);
    expect(canUse(['manager'], 'projects', 'edit')).toBe(false);
    expect(canUse(['hq_admin'], 'projects', 'delete')).toBe(false);
  });

  it('offers no writes on resources without a write rule', () => {
    expect(canUse(['hq_admin', 'manager'], 'bills', 'create')).toBe(false);
    expect(canUse(['manager'], undefined, 'edit')).toBe(false);
  });

  it('shows field staff their work orders and nothing else', () => {
    expect(canUse(['engineer'], 'service_work_orders', 'list')).toBe(true);
    expect(canUse(['engineer'], 'service', 'list')).toBe(true);
    for (const resource of ['units', 'bills', 'service_desk', 'service_callbacks', 'project_dashboard']) {
      expect(canUse(['engineer'], resource, 'list')).toBe(false);
    }
    expect(canUse(['engineer', 'agent'], 'service_desk', 'list')).toBe(true);
  });

  it('lets the office take service requests and managers edit service categories', () => {
    for (const role of ['manager', 'agent', 'hq_admin'] as const) expect(canUse([role], 'service_intake', 'list')).toBe(true);
    expect(canUse(['cashier', 'finance', 'hq_analyst'], 'service_intake', 'list')).toBe(false);
    expect(canUse(['cashier'], 'service_desk', 'list')).toBe(true);
    expect(canUse(['manager'], 'service_categories', 'edit')).toBe(true);
    expect(canUse(['agent'], 'service_categories', 'create')).toBe(false);
    expect(canUse(['hq_admin'], 'service_categories', 'delete')).toBe(false);
  });

  it('shows the team page to the people who staff the project', () => {
    expect(canUse(['manager'], 'team', 'list')).toBe(true);
    expect(canUse(['hq_admin'], 'team', 'list')).toBe(true);
    for (const role of ['agent', 'cashier', 'finance', 'hq_analyst', 'engineer'] as const) expect(canUse([role], 'team', 'list')).toBe(false);
  });
});
