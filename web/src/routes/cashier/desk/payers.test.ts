import { describe, expect, test } from 'vitest';
import { payersOf } from './payers';

const room = (id: string, room_no: string) => ({ id, room_no });

describe('payersOf', () => {
  test('owners with their rooms in order, unowned units by room; each payer once, in room order', () => {
    const payers = payersOf(
      [
        { ...room('u10', '1-1-1001'), ownerships: [{ owner_id: 'o1' }] },
        { ...room('u2', '1-1-201'), ownerships: [] },
      ],
      [
        { id: 'o1', name: '王芳', phone: '13800000000', ownerships: [{ unit: room('u10', '1-1-1001') }, { unit: room('u9', '1-1-901') }] },
        { id: 'o2', name: '李强', phone: null, ownerships: [{ unit: room('u3', '2-1-101') }] },
      ],
    );
    expect(payers).toEqual([
      { key: 'unit:u2', ownerId: null, unitId: 'u2', name: null, phone: null, rooms: [room('u2', '1-1-201')] },
      { key: 'owner:o1', ownerId: 'o1', unitId: null, name: '王芳', phone: '13800000000', rooms: [room('u9', '1-1-901'), room('u10', '1-1-1001')] },
      { key: 'owner:o2', ownerId: 'o2', unitId: null, name: '李强', phone: null, rooms: [room('u3', '2-1-101')] },
    ]);
  });

  test('an owner who owns no room now is still a payer (old bills)', () => {
    expect(payersOf([], [{ id: 'o3', name: '赵敏', phone: null, ownerships: [] }])).toMatchObject([{ key: 'owner:o3', rooms: [] }]);
  });
});
