import { eventually } from '@hotline/testing';
import { Client } from 'pg';

/** The row count of every table of every service's schema, as one comparable text ("schema.table=n …"). */
export async function rowCountsOfEveryTable(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (
      await client.query(
        `SELECT table_schema, table_name FROM information_schema.tables
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
          ORDER BY 1, 2`,
      )
    ).rows as Array<{ table_schema: string; table_name: string }>;
    const counts: string[] = [];
    for (const { table_schema: schema, table_name: table } of tables) {
      counts.push(
        `${schema}.${table}=${(await client.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}"`)).rows[0].n}`,
      );
    }
    return counts.join(' ');
  } finally {
    await client.end();
  }
}

/** The counts once start-up work (seeds, relays) has settled: the same twice, a second apart. */
export async function settledRowCounts(databaseUrl: string): Promise<string> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 1000));
  const settled = await eventually(
    async () => {
      const first = await rowCountsOfEveryTable(databaseUrl);
      await pause();
      return first === (await rowCountsOfEveryTable(databaseUrl)) ? first : null;
    },
    Boolean,
    30_000,
  );
  return settled as string;
}
