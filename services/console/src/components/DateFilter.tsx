import { Input } from 'antd';
import { setSearch } from '../lib/router';

interface Props {
  type: 'date' | 'month';
  /** the URL's search parameter that keeps it */
  param: string;
  value: string;
  testId: string;
}

/** A day or a month that narrows a list, kept in the URL; a paged list starts again from its first page. */
export function DateFilter({ type, param, value, testId }: Props) {
  return (
    <Input
      type={type}
      value={value}
      style={{ width: 160 }}
      data-testid={testId}
      onChange={(event) => setSearch({ [param]: event.target.value, cursor: undefined })}
    />
  );
}
