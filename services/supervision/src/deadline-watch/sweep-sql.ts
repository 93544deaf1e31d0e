/**
 * The sweep's statements, in one place for the repository and the benchmark (bench/deadline-watch.bench.ts). Each
 * claims at most `$2` rows that are due at `$1` and not yet announced, through its partial index (only running,
 * unannounced deadlines are in it), marks them announced and answers them. `SKIP LOCKED` lets two replicas sweep at
 * once without waiting for each other; the repeated condition in the UPDATE makes a row announced once, whoever
 * claims it. The claimed ids are an array (`= ANY(ARRAY(…))`) so that the UPDATE finds its rows by primary key: a
 * join with the claim lets the planner hash-join against a scan of the whole table.
 */

/** A table the watch sweeps: its key and the columns of the deadline, and what a claim answers of a row `w`. */
export interface WatchedColumns {
  key: string;
  due: string;
  soonAt: string;
  running: string;
  returned: string;
}

/** The deadline watch's own table (`watched_deadlines`): supervision cases and branch orders (R10.2). */
export const WATCHED_DEADLINES: WatchedColumns = {
  key: 'subject_id',
  due: 'due',
  soonAt: 'soon_at',
  running: 'running',
  returned: `w.subject_id AS "subjectId", w.subject, w.work_order_id AS "workOrderId",
  w.case_id AS "caseId", w.kind, w.starts_at AS "startsAt", w.due`,
};

/** Our work orders: the deadline their newest snapshot runs against is kept on their listing row. */
export const LISTED_DEADLINES: WatchedColumns = {
  key: 'id',
  due: 'watch_due',
  soonAt: 'watch_soon_at',
  running: 'watch_running',
  returned: `w.id AS "subjectId", 'work-order' AS subject, w.id AS "workOrderId",
  NULL AS "caseId", w.watch_kind AS kind, w.watch_starts_at AS "startsAt", w.watch_due AS due`,
};

export function claimOverdueSql(table: string, c: WatchedColumns = WATCHED_DEADLINES): string {
  return `UPDATE ${table} w SET overdue_announced_at = $1
    WHERE w.${c.key} = ANY(ARRAY(
            SELECT ${c.key} FROM ${table}
            WHERE ${c.running} AND overdue_announced_at IS NULL AND ${c.due} <= $1
            ORDER BY ${c.due} LIMIT $2 FOR UPDATE SKIP LOCKED))
      AND w.${c.running} AND w.overdue_announced_at IS NULL
    RETURNING ${c.returned}`;
}

export function claimDueSoonSql(table: string, c: WatchedColumns = WATCHED_DEADLINES): string {
  return `UPDATE ${table} w SET due_soon_announced_at = $1
    WHERE w.${c.key} = ANY(ARRAY(
            SELECT ${c.key} FROM ${table}
            WHERE ${c.running} AND due_soon_announced_at IS NULL AND overdue_announced_at IS NULL AND ${c.soonAt} <= $1
              AND ${c.due} > $1
            ORDER BY ${c.soonAt} LIMIT $2 FOR UPDATE SKIP LOCKED))
      AND w.${c.running} AND w.due_soon_announced_at IS NULL AND w.overdue_announced_at IS NULL
    RETURNING ${c.returned}`;
}

/**
 * Keeps the deadline running on a subject: a new kind or due is a new deadline (announced afresh); the same one keeps
 * what was announced of it, even after it stopped and ran again.
 */
export function keepDeadlineSql(table: string): string {
  return `INSERT INTO ${table} AS w (subject_id, subject, work_order_id, case_id, kind, starts_at, due, soon_at, running)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)
    ON CONFLICT (subject_id) DO UPDATE SET
      work_order_id = EXCLUDED.work_order_id, case_id = EXCLUDED.case_id, running = true,
      kind = EXCLUDED.kind, starts_at = EXCLUDED.starts_at, due = EXCLUDED.due, soon_at = EXCLUDED.soon_at,
      due_soon_announced_at = CASE WHEN w.kind = EXCLUDED.kind AND w.due = EXCLUDED.due
        THEN w.due_soon_announced_at END,
      overdue_announced_at = CASE WHEN w.kind = EXCLUDED.kind AND w.due = EXCLUDED.due
        THEN w.overdue_announced_at END`;
}

/**
 * The listing's deadline columns as an upsert of a newer snapshot sets them (`l`: the row, EXCLUDED: the snapshot's),
 * as `keepDeadlineSql` does and, when none runs, as the watch's stop does (the last deadline kept, not running).
 */
export function listedDeadlineUpdates(l: string): Record<string, string> {
  const runs = 'EXCLUDED.watch_running';
  const same = `(NOT ${runs} OR (${l}.watch_kind = EXCLUDED.watch_kind AND ${l}.watch_due = EXCLUDED.watch_due))`;
  const kept = (column: string) => `CASE WHEN ${runs} THEN EXCLUDED.${column} ELSE ${l}.${column} END`;
  return {
    watch_running: runs,
    watch_kind: kept('watch_kind'),
    watch_starts_at: kept('watch_starts_at'),
    watch_due: kept('watch_due'),
    watch_soon_at: kept('watch_soon_at'),
    due_soon_announced_at: `CASE WHEN ${same} THEN ${l}.due_soon_announced_at END`,
    overdue_announced_at: `CASE WHEN ${same} THEN ${l}.overdue_announced_at END`,
  };
}
