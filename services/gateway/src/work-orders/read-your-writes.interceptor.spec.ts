import { writtenVersionOf } from './read-your-writes.interceptor';

describe('the version a step answers with (read your own writes)', () => {
  const id = '0b9a3c1e-0000-4000-8000-000000000001';

  it('is the view’s version, or that of the work order beside a new request', () => {
    expect(writtenVersionOf({ id, version: 4, status: 'handling' }, id)).toBe(4);
    expect(writtenVersionOf({ id: `${id}:5`, kind: 'reply', workOrder: { id, version: 5 } }, id)).toBe(5);
  });

  it('is none when the answer carries another work order, or none', () => {
    expect(writtenVersionOf({ id: 'other', version: 4 }, id)).toBeUndefined();
    expect(writtenVersionOf({ items: [] }, id)).toBeUndefined();
    expect(writtenVersionOf(null, id)).toBeUndefined();
  });
});
