import { clientOfKey, parseOpen311Keys } from './open311-api-keys';

describe('Open311 api keys (R2.1)', () => {
  const clients = parseOpen311Keys('xt-app:secret-one, wechat:secret-two,bare-key');

  it('knows each configured client by its key', () => {
    expect(clientOfKey(clients, 'secret-one')?.id).toBe('xt-app');
    expect(clientOfKey(clients, 'secret-two')?.id).toBe('wechat');
    expect(clientOfKey(clients, 'bare-key')?.id).toMatch(/^key-[0-9a-f]{8}$/);
  });

  it('refuses unknown keys, and every key when none is configured', () => {
    expect(clientOfKey(clients, 'secret')).toBeUndefined();
    expect(clientOfKey(parseOpen311Keys(''), '')).toBeUndefined();
  });
});
