import { bearerTokenOf } from './bearer-token';

describe('bearerTokenOf', () => {
  it('takes the token of a Bearer header, whatever the case of the scheme', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer   abc.def.ghi ')).toBe('abc.def.ghi');
  });

  it('answers undefined for no header, another scheme, an empty token or extra words', () => {
    for (const header of [undefined, ['Bearer a'], 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b']) {
      expect(bearerTokenOf(header)).toBeUndefined();
    }
  });
});
