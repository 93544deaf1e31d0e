import { BranchSimulator } from './branch-simulator';

/** The options of `npm run partner -- --as 12315 branch …`, parsed with the simulator's others. */
export const BRANCH_OPTIONS = {
  orders: { type: 'string', default: '1000' },
  'gap-at': { type: 'string' },
  'gap-size': { type: 'string', default: '20' },
  'disconnect-at': { type: 'string' },
  for: { type: 'string', default: '5' },
  rate: { type: 'string', default: '500' },
  'status-every': { type: 'string', default: '5' },
  linger: { type: 'string', default: '30' },
} as const;

type BranchValues = { [name in keyof typeof BRANCH_OPTIONS]?: string };

/**
 * `branch`: plays a branch centre (R10.2) pushing `--orders` orders and their status changes at `--rate` messages a
 * second, losing `--gap-size` messages from `--gap-at`, away `--for` seconds from message `--disconnect-at`; it answers
 * 12345's re-requests and reconciliation pages for `--linger` seconds after, then prints its own counts as JSON.
 */
export async function runBranch(
  code: string,
  values: BranchValues,
  nats: Record<string, string | undefined>,
): Promise<void> {
  const simulator = await BranchSimulator.connect(nats, code);
  const optional = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  await simulator.run({
    orders: Number(values.orders),
    gapAt: optional(values['gap-at']),
    gapSize: Number(values['gap-size']),
    disconnectAt: optional(values['disconnect-at']),
    disconnectSeconds: Number(values.for),
    rate: Number(values.rate),
    statusEvery: Number(values['status-every']),
  });
  await new Promise((resolve) => setTimeout(resolve, Number(values.linger) * 1000));
  process.stdout.write(`${JSON.stringify(simulator.summary())}\n`);
  await simulator.close();
}
