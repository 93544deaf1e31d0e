import { Client } from 'pg';

/**
 * Waits until supervision has folded every event it took in into the report model (R24.1): the fold runs after the
 * events' transactions, so a phase's CPU and row writes are read once its own events are folded, and the next phase
 * does not pay for this one's. Everything is folded once the fold's cursor has passed every work-order entry.
 */
export async function reportModelFolded(databaseUrl: string, timeoutMs = 120_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM supervision.timeline_entries
          WHERE type LIKE 'workorder.%'
            AND written_by_xact >= (SELECT next_xact FROM supervision.report_fold_cursor WHERE id = 1)`,
      );
      if (rows[0]?.n === 0) return;
      if (Date.now() > deadline) throw new Error(`the report model still has ${rows[0]?.n} events to fold`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await client.end();
  }
}
