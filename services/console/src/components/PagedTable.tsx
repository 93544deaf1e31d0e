import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { failureText, type Page } from '../lib/api';
import { useLatestAnswer } from '../lib/latest-answer';
import { setSearch, useLocation } from '../lib/router';

interface Props<T> {
  /** the URL parameter holding this list's cursor (a page with several lists names each) */
  cursorParam?: string;
  load: (cursor: string | undefined) => Promise<Page<T>>;
  /** the page the table shows, each time it shows another (never an answer a newer load has overtaken) */
  onPage?: (page: Page<T>) => void;
  columns: ColumnsType<T>;
  rowKey: keyof T & string;
  /** changes when the list must be loaded again (filters, a live event) */
  reloadKey?: string | number;
  testId?: string;
  rowClassName?: (item: T) => string;
}

/** A list paged with the API's cursors; the cursor lives in the URL like the filters. */
export function PagedTable<T extends object>(props: Props<T>) {
  const { cursorParam = 'cursor', load, onPage, reloadKey } = props;
  const { search } = useLocation();
  const cursor = search.get(cursorParam) ?? undefined;
  const [page, setPage] = useState<Page<T>>({ items: [] });
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  useLatestAnswer(
    () => {
      setLoading(true);
      return load(cursor);
    },
    {
      answer: (answer) => {
        setPage(answer);
        setError(undefined);
        onPage?.(answer);
      },
      failure: (caught) => setError(failureText(caught)),
      settled: () => setLoading(false),
    },
    [cursor, reloadKey],
  );
  return (
    <div data-testid={props.testId}>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<T>
        size="small"
        loading={loading}
        rowKey={props.rowKey}
        columns={props.columns}
        dataSource={page.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        {...(props.rowClassName ? { rowClassName: props.rowClassName } : {})}
      />
      <Space style={{ marginTop: 8 }}>
        <Button disabled={!cursor} onClick={() => setSearch({ [cursorParam]: undefined })}>
          第一页
        </Button>
        <Button disabled={!page.nextCursor} onClick={() => setSearch({ [cursorParam]: page.nextCursor })}>
          下一页
        </Button>
      </Space>
    </div>
  );
}
