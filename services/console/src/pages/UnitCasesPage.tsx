import { Card, Select } from 'antd';
import { setSearch, useLocation } from '../lib/router';
import { CaseTable } from './cases/CaseTable';
import { CASE_STATUS_NAMES } from './cases/supervision-case';

const STATUS_OPTIONS = Object.entries(CASE_STATUS_NAMES).map(([value, label]) => ({ value, label }));

/** 承办单位's supervision cases (R23.2): it answers them and applies once for an extension. */
export function UnitCasesPage() {
  const { search } = useLocation();
  const status = search.get('status') ?? 'open';
  return (
    <Card
      title="督办件"
      extra={
        <Select
          style={{ width: 220 }}
          value={status}
          options={[...STATUS_OPTIONS, { value: 'all', label: '全部' }]}
          onChange={(value: string) => setSearch({ status: value, cursor: undefined })}
        />
      }
    >
      <CaseTable role="unit" filters={{ status: status === 'all' ? undefined : status }} testId="unit-cases" />
    </Card>
  );
}
