/**
 * The sweep's statements, in one place for the repository and the benchmark (bench/deadline-watch.bench.ts). Each
 * claims at most `$2` rows that are due at `$1` and not yet announced, through its partial index (only running,
 * unannounced deadlines are in it), marks them announced and answers them. `SKIP LOCKED` lets two replicas sweep at
 * once without waiting for each other; the repeated condition in the UPDATE makes a row announced once, whoever
 * claims it. The claimed ids are an array (`= ANY(ARRAY(…))`) so that the UPDATE finds its rows by primary key: a
 * join with the claim lets the planner hash-join against a scan of the whole table.
 */
export const RETURNED_COLUMNS = `w.subject_id AS "subjectId", w.subject, w.work_order_id AS "workOrderId",
  w.case_id AS "caseId", w.kind, w.starts_at AS "startsAt", w.due`;

export function claimOverdueSql(table: string): string {
  return `UPDATE ${table} w SET overdue_announced_at = $1
    WHERE w.subject_id = ANY(ARRAY(
            SELECT subject_id FROM ${table}
            WHERE running AND overdue_announced_at IS NULL AND due <= $1
            ORDER BY due LIMIT $2 FOR UPDATE SKIP LOCKED))
      AND w.running AND w.overdue_announced_at IS NULL
    RETURNING ${RETURNED_COLUMNS}`;
}

export function claimDueSoonSql(table: string): string {
  return `UPDATE ${table} w SET due_soon_announced_at = $1
    WHERE w.subject_id = ANY(ARRAY(
            SELECT subject_id FROM ${table}
            WHERE running AND due_soon_announced_at IS NULL AND overdue_announced_at IS NULL AND soon_at <= $1
              AND due > $1
            ORDER BY soon_at LIMIT $2 FOR UPDATE SKIP LOCKED))
      AND w.running AND w.due_soon_announced_at IS NULL AND w.overdue_announced_at IS NULL
    RETURNING ${RETURNED_COLUMNS}`;
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
