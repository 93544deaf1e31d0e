import { Test } from '@nestjs/testing';
import { withEnvironment } from '@hotline/contracts';
import { IsInt, Min } from 'class-validator';
import { IsPort } from './port';
import { ServiceConfigModule } from './service-config.module';

class ExampleServiceConfig {
  @IsPort()
  HEALTH_PORT = 3199;

  @IsInt()
  @Min(0)
  HOTLINE_SWEEP_MS = 60_000;
}

const compileWith = (env: Record<string, string>) =>
  withEnvironment(env, () =>
    Test.createTestingModule({ imports: [ServiceConfigModule.forRoot(ExampleServiceConfig)] }).compile(),
  );

describe('ServiceConfigModule', () => {
  it('provides the service’s config class, read from the service’s environment and converted', async () => {
    const moduleRef = await compileWith({ HOTLINE_SWEEP_MS: '0' });
    expect(moduleRef.get(ExampleServiceConfig)).toMatchObject({ HEALTH_PORT: 3199, HOTLINE_SWEEP_MS: 0 });
  });

  it('stops the start on an invalid value, naming every variable to fix', async () => {
    await expect(compileWith({ HEALTH_PORT: '70000', HOTLINE_SWEEP_MS: 'soon' })).rejects.toThrow(
      /Invalid configuration.*HEALTH_PORT.*HOTLINE_SWEEP_MS/,
    );
  });

  it('never falls back to the process’s environment outside the class', async () => {
    const moduleRef = await compileWith({ HEALTH_PORT: '0' });
    expect(moduleRef.get(ExampleServiceConfig).HEALTH_PORT).toBe(0);
    expect(process.env['HEALTH_PORT']).toBeUndefined();
  });
});
