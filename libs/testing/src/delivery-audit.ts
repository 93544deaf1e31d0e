import { Client } from 'pg';
import { eventually } from './eventually';

/** Where every accepted request went, as the tests that break the platform under load count it. */
export interface DeliveryAudit {
  /** work orders intake holds */
  workOrders: number;
  /** `workorder.created` events intake wrote to its outbox */
  createdEvents: number;
  /** created events applied by supervision (its timeline) and by dispatch (its copies) */
  timeline: number;
  dispatchCopies: number;
  /** requests answered 2xx whose work order is not in intake */
  missing: string[];
  /** work orders supervision applied more than once */
  twice: number;
  /** outbox rows of intake and supervision not yet published */
  unsent: number;
  deadLetters: number;
}

/**
 * Waits up to `settleMs` for every outbox to drain and every consumer to catch up (or takes whatever it came to:
 * the counts say what is missing), then counts where the `accepted` work orders went.
 */
export async function auditDeliveries(
  databaseUrl: string,
  accepted: ReadonlySet<string>,
  settleMs: number,
): Promise<DeliveryAudit> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    const settled = async () => ({
      workOrders: await count('SELECT count(*) AS n FROM intake.work_orders'),
      unsent: await count(`SELECT (SELECT count(*) FROM intake.outbox WHERE sent_at IS NULL)
        + (SELECT count(*) FROM supervision.outbox WHERE sent_at IS NULL) AS n`),
      timeline: await count(`SELECT count(*) AS n FROM supervision.timeline_entries WHERE type = 'workorder.created'`),
      dispatchCopies: await count('SELECT count(*) AS n FROM dispatch.work_order_states'),
    });
    const final = await eventually(
      settled,
      (s) => s.unsent === 0 && s.timeline === s.workOrders && s.dispatchCopies === s.workOrders,
      settleMs,
      500,
    ).catch(settled);
    const ids = new Set(
      (await client.query<{ id: string }>('SELECT id FROM intake.work_orders')).rows.map((r) => r.id),
    );
    return {
      ...final,
      missing: [...accepted].filter((id) => !ids.has(id)),
      createdEvents: await count(`SELECT count(*) AS n FROM intake.outbox WHERE type = 'workorder.created'`),
      twice: await count(`SELECT count(*) AS n FROM (SELECT work_order_id FROM supervision.timeline_entries
        WHERE type = 'workorder.created' GROUP BY 1 HAVING count(*) > 1) t`),
      deadLetters: await count(
        `SELECT (SELECT count(*) FROM supervision.dead_letters) + (SELECT count(*) FROM dispatch.dead_letters) AS n`,
      ),
    };
  } finally {
    await client.end();
  }
}

/** The rows of the audit's table, as both tests print them after their own. */
export function deliveryAuditRows(audit: DeliveryAudit, inStream: number): Array<[string, number]> {
  return [
    ['work orders in intake', audit.workOrders],
    ['created events in intake outbox', audit.createdEvents],
    ['created events in the stream', inStream],
    ['applied by supervision (timeline)', audit.timeline],
    ['applied by dispatch (copies)', audit.dispatchCopies],
    ['accepted but missing', audit.missing.length],
    ['applied twice', audit.twice],
    ['outbox rows stuck', audit.unsent],
    ['dead letters', audit.deadLetters],
  ];
}

/** Every accepted request has exactly one work order, every created event is in the stream and applied exactly once. */
export function expectEveryDeliveryOnce(audit: DeliveryAudit, inStream: number): void {
  expect(audit.missing).toEqual([]);
  expect(audit.createdEvents).toBe(audit.workOrders);
  expect(inStream).toBe(audit.workOrders);
  expect(audit.twice).toBe(0);
  expect(audit.deadLetters).toBe(0);
  expect(audit).toMatchObject({ unsent: 0, timeline: audit.workOrders, dispatchCopies: audit.workOrders });
}
