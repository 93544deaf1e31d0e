import { serviceDataSourceOptions, startupOptionsOf } from './data-source-options';

describe('a service connection’s startup settings', () => {
  it('sends each setting as -c name=value when a connection starts', () => {
    expect(startupOptionsOf({ 'pg_trgm.word_similarity_threshold': '0.3', statement_timeout: '5s' })).toBe(
      '-c pg_trgm.word_similarity_threshold=0.3 -c statement_timeout=5s',
    );
  });

  it('refuses a name or value that would end the option or start another', () => {
    expect(() => startupOptionsOf({ 'search_path=public -c x': '1' })).toThrow(/Invalid connection setting/);
    expect(() => startupOptionsOf({ statement_timeout: '5s -c search_path=public' })).toThrow(
      /Invalid connection setting/,
    );
  });

  it('gives the pool the settings of the service, and none when it has none', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/hotline';
    const knowledge = serviceDataSourceOptions({ service: 'knowledge', url, settings: { jit: 'off' } });
    expect((knowledge as { extra: unknown }).extra).toEqual({ max: 10, options: '-c jit=off' });
    const intake = serviceDataSourceOptions({ service: 'intake', url });
    expect((intake as { extra: unknown }).extra).toEqual({ max: 10 });
  });
});
