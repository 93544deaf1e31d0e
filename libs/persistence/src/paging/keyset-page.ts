/** A page of rows, and the cursor after its last row when more follow (absent otherwise). */
export interface KeysetPage<T> {
  rows: T[];
  nextCursor?: string;
}

/**
 * One page of a list read by keyset (a cursor after the last row seen): the repository is asked for one row more than
 * `limit`, so that a next page is known to exist without counting, and only `limit` rows are answered. `cursorAfter`
 * encodes the position of the page's last row. Spread the rest into the answer: `const { rows, ...next } = …;
 * return { items: rows.map(view), ...next }`.
 */
export async function keysetPage<T>(
  limit: number,
  fetch: (rows: number) => Promise<T[]>,
  cursorAfter: (last: T) => string,
): Promise<KeysetPage<T>> {
  const fetched = await fetch(limit + 1);
  const rows = fetched.slice(0, limit);
  const last = rows[rows.length - 1];
  return fetched.length > limit && last !== undefined ? { rows, nextCursor: cursorAfter(last) } : { rows };
}
