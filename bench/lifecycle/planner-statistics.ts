import { Client } from 'pg';

/**
 * ANALYZE of the bench's database once the warm-up has filled its tables. A database younger than autovacuum's first
 * round (a minute) has no statistics: the planner then takes an expression index's equality for a few rows, and the
 * repeat scan reads every request of a district and sorts them instead of walking the newest 300 (24 ms against 2.4
 * at 4,000 requests). A city's database is never in that state but in its first minute, so the bench does not
 * measure it.
 */
export async function analyzeDatabase(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
