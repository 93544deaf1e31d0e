/* npm run reports:rebuild -- [--page-size 1000] [--timeout-seconds 3600]
 *
 * R24.1 asks the running supervision service to rebuild the report model and its rollups from its timeline (after a
 * migration that adds a rollup, or to repair the model), and prints how many work orders were folded. NATS_URL and
 * HOTLINE_NATS_PREFIX are read as the services read them. Frozen months keep their published figures.
 */
import { readEnvConfig, ReportsRpc, RpcReply, type RebuildReportModelResult } from '@hotline/contracts';
import { MessagingConfig, Namespace } from '@hotline/messaging';
import { connect } from 'nats';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'page-size': { type: 'string', default: '1000' },
    'timeout-seconds': { type: 'string', default: '3600' },
  },
});

async function main(): Promise<void> {
  const messaging = readEnvConfig(MessagingConfig);
  const subject = new Namespace(messaging.HOTLINE_NATS_PREFIX, 'supervision').subject(ReportsRpc.rebuildModel.subject);
  const nc = await connect({ servers: messaging.NATS_URL });
  try {
    const started = Date.now();
    const answer = await nc.request(subject, JSON.stringify({ pageSize: Number(values['page-size']) }), {
      timeout: Number(values['timeout-seconds']) * 1000,
    });
    const reply = JSON.parse(new TextDecoder().decode(answer.data)) as RpcReply<RebuildReportModelResult>;
    if (!reply.ok) throw new Error(`${reply.problem.statusCode} ${reply.problem.message}`);
    process.stdout.write(`${JSON.stringify({ ...reply.data, seconds: (Date.now() - started) / 1000 })}\n`);
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reports:rebuild failed: ${(error as Error).message}\n`);
  process.exit(1);
});
