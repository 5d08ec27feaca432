import { describe, expect, it } from 'vitest';
import { departmentsForProject, pickProject, rolesForProject, type Membership, type Project } from './tenancy';

const jxhy: Project = { id: 'p-jxhy', company_id: 'c-jinxiu', code: 'jxhy', name: '锦绣花园', active: true };
const chy: Project = { id: 'p-chy', company_id: 'c-jinxiu', code: 'chy', name: '翠湖苑', active: true };
const htya: Project = { id: 'p-htya', company_id: 'c-huating', code: 'htya', name: '华庭雅苑', active: true };

describe('rolesForProject', () => {
  const memberships: Membership[] = [
    { company_id: 'c-jinxiu', project_id: 'p-jxhy', role: 'manager' },
    { company_id: 'c-jinxiu', project_id: 'p-jxhy', role: 'cashier' },
    { company_id: 'c-jinxiu', project_id: null, role: 'hq_analyst' },
    { company_id: 'c-jinxiu', project_id: 'p-chy', role: 'agent' },
  ];

  it('combines project memberships with company-wide ones, in enum order', () => {
    expect(rolesForProject(memberships, jxhy)).toEqual(['hq_analyst', 'manager', 'cashier']);
    expect(rolesForProject(memberships, chy)).toEqual(['hq_analyst', 'agent']);
  });

  it('ignores company-wide memberships of other companies', () => {
    expect(rolesForProject(memberships, htya)).toEqual([]);
    expect(rolesForProject(memberships, undefined)).toEqual([]);
  });
});

describe('departmentsForProject', () => {
  it('lists the field-staff departments that cover the project, in enum order', () => {
    const memberships: Membership[] = [
      { company_id: 'c-jinxiu', project_id: 'p-jxhy', role: 'engineer', department: 'cleaning' },
      { company_id: 'c-jinxiu', project_id: null, role: 'engineer', department: 'engineering' },
      { company_id: 'c-jinxiu', project_id: 'p-chy', role: 'engineer', department: 'greening' },
      { company_id: 'c-jinxiu', project_id: 'p-jxhy', role: 'agent', department: null },
    ];
    expect(departmentsForProject(memberships, jxhy)).toEqual(['engineering', 'cleaning']);
    expect(departmentsForProject(memberships, htya)).toEqual([]);
  });
});

describe('pickProject', () => {
  it('keeps the remembered project while it is visible', () => {
    expect(pickProject([jxhy, chy], 'p-chy')).toBe(chy);
  });

  it('falls back to the first active project', () => {
    const closed = { ...jxhy, active: false };
    expect(pickProject([closed, chy], 'p-gone')).toBe(chy);
    expect(pickProject([closed], null)).toBe(closed);
    expect(pickProject([], null)).toBeUndefined();
  });
});
