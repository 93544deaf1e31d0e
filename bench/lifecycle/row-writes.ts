import { Client } from 'pg';
import { round } from './recorder';

/** Rows inserted, updated and deleted so far in each table of a database (schema.table), from pg_stat_user_tables. */
export async function rowWritesByTable(databaseUrl: string): Promise<Map<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500)); // table statistics are flushed about once a second
    const { rows } = await client.query<{ name: string; n: string }>(
      `SELECT schemaname || '.' || relname AS name, (n_tup_ins + n_tup_upd + n_tup_del)::bigint AS n
         FROM pg_stat_user_tables`,
    );
    return new Map(rows.map((row) => [row.name, Number(row.n)]));
  } finally {
    await client.end();
  }
}

/** Each table's row writes per unit of work between two readings, most first, the tables written at all. */
export function rowWritesPer(
  units: number,
  before: Map<string, number>,
  after: Map<string, number>,
): Record<string, number> {
  const per = [...after]
    .map(([table, n]) => [table, (n - (before.get(table) ?? 0)) / Math.max(units, 1)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(per.map(([table, n]) => [table, round(n, 2)]));
}

/** Committed and rolled-back transactions of the bench's database, and the WAL the server wrote (all databases). */
export interface DatabaseActivity {
  transactions: number;
  walBytes: number;
}

export async function databaseActivity(databaseUrl: string): Promise<DatabaseActivity> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ transactions: string; wal_bytes: string }>(
      `SELECT (xact_commit + xact_rollback)::bigint AS transactions,
              (SELECT wal_bytes FROM pg_stat_wal)::bigint AS wal_bytes
         FROM pg_stat_database WHERE datname = current_database()`,
    );
    return { transactions: Number(rows[0]?.transactions ?? 0), walBytes: Number(rows[0]?.wal_bytes ?? 0) };
  } finally {
    await client.end();
  }
}

/** Transactions and WAL kilobytes per unit of work between two readings. */
export function activityPer(units: number, before: DatabaseActivity, after: DatabaseActivity) {
  const per = (n: number) => round(n / Math.max(units, 1), 1);
  return {
    transactions: per(after.transactions - before.transactions),
    walKb: per((after.walBytes - before.walBytes) / 1024),
  };
}
