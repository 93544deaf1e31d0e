import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('is idle at once when nothing runs', async () => {
    await expect(new InFlight().idle(10)).resolves.toBe(true);
  });

  it('waits for running work to finish', async () => {
    const inFlight = new InFlight();
    let release!: () => void;
    const work = inFlight.track(() => new Promise<void>((resolve) => (release = resolve)));
    expect(inFlight.size).toBe(1);
    const idle = inFlight.idle(1_000);
    release();
    await work;
    await expect(idle).resolves.toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    const inFlight = new InFlight();
    void inFlight.track(() => new Promise<void>(() => undefined));
    await expect(inFlight.idle(5)).resolves.toBe(false);
  });
});
