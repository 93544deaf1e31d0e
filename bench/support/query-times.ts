import { DataSource } from 'typeorm';

/** A statement's execution time in the server by EXPLAIN ANALYZE (no round trip, no parsing of rows). */
export async function executionMs(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<number> {
  const rows: Array<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }> = await dataSource.query(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    parameters,
  );
  return rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? NaN;
}

/** The plan of a statement as it ran (EXPLAIN ANALYZE, BUFFERS), written to stderr under `title`. */
export async function writePlan(dataSource: DataSource, title: string, sql: string, parameters: unknown[]) {
  const plan: Array<{ 'QUERY PLAN': string }> = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
  process.stderr.write(`--- ${title}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`);
}

/** The value at percentile `p` (0–1) of ascending values, NaN for none. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
