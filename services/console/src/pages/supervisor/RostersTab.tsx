import type { DutyView } from '@hotline/contracts';
import type { DutyKind } from '@hotline/domain';
import { Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { DateFilter } from '../../components/DateFilter';
import { failureText, get } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { beijingDay, shanghaiTime } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';
import { RegisterWithForm } from './RegisterWithForm';
import { DUTY_KIND_TEXT, RostersForm } from './RostersForm';

/** The first and last day of a month, YYYY-MM. */
function monthRange(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, number ?? 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** 值班: leaders' answering days and unit heads' rotation days over a range of days (Art. 11, R11.1). */
export function RostersTab() {
  const { search } = useLocation();
  const month = monthRange(beijingDay(new Date()).slice(0, 7));
  const from = search.get('dutyFrom') || month.from;
  const to = search.get('dutyTo') || month.to;
  const kind = (search.get('dutyKind') as DutyKind | null) ?? undefined;
  const [duties, setDuties] = useState<DutyView[]>([]);
  const [error, setError] = useState<string>();
  const [scheduled, setScheduled] = useState<DutyView>();
  useLatestAnswer(
    () => {
      setError(undefined);
      return get<{ items: DutyView[] }>('/api/v1/rosters', { from, to, kind });
    },
    { answer: (answer) => setDuties(answer.items), failure: (caught) => setError(failureText(caught)) },
    [from, to, kind, scheduled],
  );
  return (
    <RegisterWithForm
      filters={
        <>
          月份
          <Input
            type="month"
            value={from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : ''}
            style={{ width: 160 }}
            data-testid="roster-month"
            onChange={(event) => {
              if (!event.target.value) return;
              const range = monthRange(event.target.value);
              setSearch({ dutyFrom: range.from, dutyTo: range.to });
            }}
          />
          或从
          <DateFilter type="date" param="dutyFrom" value={from} testId="roster-range-from" />
          到
          <DateFilter type="date" param="dutyTo" value={to} testId="roster-range-to" />
          <Select<DutyKind>
            allowClear
            placeholder="全部类型"
            style={{ width: 170 }}
            value={kind}
            onChange={(value) => setSearch({ dutyKind: value })}
            options={Object.entries(DUTY_KIND_TEXT).map(([value, label]) => ({ value: value as DutyKind, label }))}
          />
        </>
      }
      added={
        scheduled && {
          testId: 'roster-scheduled',
          message: `已排班：${scheduled.date} ${DUTY_KIND_TEXT[scheduled.kind]} ${scheduled.person}`,
        }
      }
      error={error}
      errorTestId="roster-load-error"
      form={<RostersForm onScheduled={setScheduled} />}
    >
      <Table<DutyView>
        size="small"
        rowKey="id"
        data-testid="roster-list"
        dataSource={duties}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          {
            title: '类型',
            render: (_v, duty) => (
              <Tag color={duty.kind === 'leader-answering' ? 'red' : 'blue'}>{DUTY_KIND_TEXT[duty.kind]}</Tag>
            ),
          },
          { title: '人员', dataIndex: 'person' },
          { title: '单位', render: (_v, duty) => duty.unitId ?? '—' },
          { title: '时段', render: (_v, duty) => (duty.from ? `${duty.from}–${duty.until ?? ''}` : '全天') },
          { title: '备注', render: (_v, duty) => duty.note ?? '' },
          { title: '安排', render: (_v, duty) => `${duty.createdBy} ${shanghaiTime(duty.createdAt)}` },
        ]}
      />
    </RegisterWithForm>
  );
}
