import { Alert, Button, Input, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { errorMessage } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { FormModal, type FormField } from '../../components/FormModal';
import { setSearch, useLocation } from '../../lib/router';

export interface EditForm {
  title: string;
  fields: FormField[];
  submit: (values: Record<string, unknown>) => Promise<unknown>;
}

interface Props<T> {
  testId: string;
  load: () => Promise<{ items: T[] }>;
  rowKey: keyof T & string;
  columns: ColumnsType<T>;
  /** the form that adds one, if the API has a route for it */
  create?: EditForm;
  /** the form that changes one, if the API has a route for it */
  edit?: (row: T) => EditForm;
  /** shown before the table (filters) */
  toolbar?: React.ReactNode;
  /** changes when the list must be loaded again (filters) */
  reloadKey?: string;
}

/**
 * An admin's list (the API answers it whole), narrowed by the words typed (kept in the URL), with a form to add an
 * entry and one to change each.
 */
export function EditableList<T extends object>({
  testId,
  load,
  rowKey,
  columns,
  create,
  edit,
  toolbar,
  reloadKey,
}: Props<T>) {
  const [rows, setRows] = useState<T[]>([]);
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<EditForm>();
  const [version, setVersion] = useState(0);
  const searchParam = `${testId}-q`;
  const words = useLocation().search.get(searchParam) ?? '';
  const shown = words ? rows.filter((row) => JSON.stringify(row).includes(words)) : rows;
  // the list reloads on its filters and after a save
  useLatestAnswer(
    load,
    {
      answer: (page) => {
        setRows(page.items);
        setError(undefined);
      },
      failure: (caught) => setError(errorMessage(caught)),
    },
    [version, reloadKey],
  );
  const editColumn: ColumnsType<T> = edit
    ? [
        {
          title: '操作',
          key: 'edit',
          render: (_v, row) => (
            <Button size="small" onClick={() => setOpen(edit(row))} data-testid={`edit-${String(row[rowKey])}`}>
              编辑
            </Button>
          ),
        },
      ]
    : [];
  return (
    <div data-testid={testId}>
      <Space wrap style={{ marginBottom: 12 }}>
        {create && (
          <Button type="primary" onClick={() => setOpen(create)} data-testid={`${testId}-create`}>
            新增
          </Button>
        )}
        <Input.Search
          allowClear
          placeholder="查找"
          style={{ width: 200 }}
          defaultValue={words}
          onSearch={(value) => setSearch({ [searchParam]: value || undefined })}
          data-testid={`${testId}-search`}
        />
        {toolbar}
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<T>
        size="small"
        rowKey={rowKey}
        dataSource={shown}
        pagination={{ pageSize: 15 }}
        scroll={{ x: 'max-content' }}
        columns={[...columns, ...editColumn]}
      />
      {open && (
        <FormModal
          title={open.title}
          fields={open.fields}
          submit={open.submit}
          onClose={() => setOpen(undefined)}
          onDone={() => (setOpen(undefined), setVersion((value) => value + 1))}
        />
      )}
    </div>
  );
}
