import { eventually } from '@hotline/testing';
import { Client } from 'pg';

/** Dispatched work orders whose copy is behind dispatch's, per follower that keeps it as its only effect. */
export interface CopiesBehind {
  handling: number;
  intake: number;
}

/**
 * Waits up to `settleMs` for handling's and intake's copies of the `dispatched` work orders to reach the version
 * dispatch holds (or takes whatever they came to). Both follow the dispatch step with the copy as its only effect,
 * without an inbox row: a consumer that acked before its write committed would leave a copy behind for good.
 */
export async function copiesBehind(
  databaseUrl: string,
  dispatched: ReadonlySet<string>,
  settleMs: number,
): Promise<CopiesBehind> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const behindIn = async (schema: 'handling' | 'intake') => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dispatch.work_order_states d LEFT JOIN ${schema}.work_order_states c ON c.id = d.id
       WHERE d.id = ANY($1::uuid[]) AND (c.version IS NULL OR c.version < d.version)`,
      [[...dispatched]],
    );
    return rows[0]?.n ?? 0;
  };
  const count = async () => ({ handling: await behindIn('handling'), intake: await behindIn('intake') });
  try {
    return await eventually(count, (behind) => behind.handling === 0 && behind.intake === 0, settleMs, 500).catch(
      count,
    );
  } finally {
    await client.end();
  }
}
