import { Client } from 'pg';

/** What EXPLAIN (ANALYZE, BUFFERS) says of one statement it ran. */
export interface Explained {
  /** rows the statement answered (claimed) */
  rows: number;
  /** tuples the scans of the table returned (index or sequential) */
  rowsRead: number;
  /** shared buffers hit or read */
  buffers: number;
  /** execution and planning time */
  ms: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** Runs the statement (in its own transaction, committed) under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON). */
export async function explainedStatement(
  client: Client,
  sql: string,
  parameters: unknown[],
  table: string,
): Promise<Explained> {
  const relation = table.split('.').pop()?.replace(/"/g, '') ?? table;
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, parameters);
  const [result] = rows[0]['QUERY PLAN'] as Array<{
    Plan: PlanNode;
    'Execution Time': number;
    'Planning Time': number;
  }>;
  if (!result) throw new Error('no plan');
  let rowsRead = 0;
  const visit = (node: PlanNode) => {
    if (/Scan/.test(node['Node Type']) && node['Relation Name'] === relation) {
      rowsRead += node['Actual Rows'] * node['Actual Loops'];
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(result.Plan);
  return {
    rows: result.Plan['Actual Rows'],
    rowsRead,
    buffers: (result.Plan['Shared Hit Blocks'] ?? 0) + (result.Plan['Shared Read Blocks'] ?? 0),
    ms: result['Execution Time'] + result['Planning Time'],
  };
}
