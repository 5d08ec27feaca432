import { describe, expect, it } from 'vitest';
import { stepsFor } from './steps';

describe('stepsFor', () => {
  it('offers the office the steps of each status', () => {
    expect(stepsFor('received', ['agent'])).toEqual(['accept', 'reject', 'note']);
    expect(stepsFor('accepted', ['agent'])).toEqual(['dispatch', 'done', 'reject', 'note']);
    expect(stepsFor('done', ['agent'])).toEqual(['callback', 'note']);
    expect(stepsFor('closed', ['agent'])).toEqual(['note']);
  });

  it('leaves closing to managers and HQ admins', () => {
    expect(stepsFor('called_back', ['agent'])).toEqual(['note']);
    expect(stepsFor('called_back', ['manager'])).toEqual(['close', 'note']);
    expect(stepsFor('done', ['hq_admin'])).toEqual(['callback', 'close', 'note']);
  });

  it('gives field staff arrival and completion of dispatched work only', () => {
    expect(stepsFor('dispatched', ['engineer'])).toEqual(['on_site', 'done', 'note']);
    expect(stepsFor('accepted', ['engineer'])).toEqual(['note']);
    expect(stepsFor('received', ['cashier'])).toEqual([]);
  });
});
