import { Select, Space } from 'antd';
import { setSearch, useLocation } from '../../lib/router';
import { CaseTable } from '../cases/CaseTable';
import { CASE_STATUS_NAMES, TRIGGER_OPTIONS } from '../cases/supervision-case';

const STATUS_OPTIONS = Object.entries(CASE_STATUS_NAMES).map(([value, label]) => ({ value, label }));

/** 督办件: every case, filtered by status and trigger in the URL; a case opens in a drawer to decide and close. */
export function CasesTab() {
  const { search } = useLocation();
  const filters = { status: search.get('status') ?? undefined, trigger: search.get('trigger') ?? undefined };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 200 }}
          value={filters.status}
          options={STATUS_OPTIONS}
          data-testid="case-status-filter"
          onChange={(status?: string) => setSearch({ status, cursor: undefined })}
        />
        <Select
          allowClear
          placeholder="督办情形"
          style={{ width: 320 }}
          value={filters.trigger ? Number(filters.trigger) : undefined}
          options={TRIGGER_OPTIONS}
          onChange={(trigger?: number) =>
            setSearch({ trigger: trigger ? String(trigger) : undefined, cursor: undefined })
          }
        />
      </Space>
      <CaseTable role="supervisor" filters={filters} testId="cases" />
    </>
  );
}
