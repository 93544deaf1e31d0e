import { IsInt, IsString, Min } from 'class-validator';
import { ConfigError, readEnvConfig } from './read-env-config';

class ExampleConfig {
  @IsString()
  DATABASE_URL = 'postgres://localhost/hotline';

  @IsInt()
  @Min(1)
  POOL_SIZE = 10;

  @IsString()
  SECRET: string = undefined as unknown as string;
}

describe('readEnvConfig', () => {
  it('takes variables from the environment and converts numbers', () => {
    const config = readEnvConfig(ExampleConfig, { POOL_SIZE: '4', SECRET: 's' });
    expect(config).toMatchObject({ DATABASE_URL: 'postgres://localhost/hotline', POOL_SIZE: 4, SECRET: 's' });
  });

  it('names every missing or invalid variable in one error', () => {
    expect(() => readEnvConfig(ExampleConfig, { POOL_SIZE: '0' })).toThrow(ConfigError);
    expect(() => readEnvConfig(ExampleConfig, { POOL_SIZE: '0' })).toThrow(/POOL_SIZE.*SECRET|SECRET.*POOL_SIZE/);
  });
});
