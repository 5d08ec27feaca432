import { describe, expect, it } from 'vitest';
import { lookup } from './i18n/dictionary';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';
import { crudPaths, resources } from './resources';
import { RESOURCE_SPECS } from './routes/specs';

describe('resources', () => {
  it('give every resource and menu group a label in both languages', () => {
    for (const { name } of resources) {
      expect(lookup(zhCN, `${name}.${name}`), name).toBeTruthy();
      expect(lookup(en, `${name}.${name}`), name).toBeTruthy();
    }
  });

  it('offer list, create and edit pages for every resource spec', () => {
    for (const name of Object.keys(RESOURCE_SPECS)) {
      expect(resources.find((resource) => resource.name === name)).toMatchObject(crudPaths(name));
    }
    expect(crudPaths('fee_items')).toEqual({ list: '/fee-items', create: '/fee-items/create', edit: '/fee-items/edit/:id' });
  });

  it('group the modules in the menu', () => {
    const groups = new Set(resources.filter((resource) => !resource.list).map((resource) => resource.name));
    for (const group of ['billing', 'cashier', 'dunning', 'analytics', 'service']) expect(groups).toContain(group);
  });
});
