import { IsInt, IsString, Min } from 'class-validator';
import { withEnvironment } from './environment';
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

  it('reads the variables a test handed to withEnvironment, in its promises too, and leaves process.env alone', async () => {
    const read = () => readEnvConfig(ExampleConfig).POOL_SIZE;
    expect(withEnvironment({ POOL_SIZE: '3', SECRET: 's' }, read)).toBe(3);
    await expect(
      withEnvironment({ POOL_SIZE: '7', SECRET: 's' }, async () => (await Promise.resolve(), read())),
    ).resolves.toBe(7);
    expect(process.env['POOL_SIZE']).toBeUndefined();
  });
});
