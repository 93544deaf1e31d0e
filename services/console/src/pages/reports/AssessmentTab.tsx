import type { AssessmentView } from '@hotline/contracts';
import { Alert, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { failureText, get } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { setSearch, useLocation } from '../../lib/router';
import { useUnitNames } from '../../lib/unit-names';
import { recentMonths } from './report-format';

/** Months and the quarters they fall in, newest first. */
function periods(): string[] {
  const months = recentMonths().slice(0, 12);
  const quarters = [
    ...new Set(months.map((month) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`)),
  ];
  return [...months, ...quarters];
}

type ScoredUnit = AssessmentView['units'][number];

/** 考核 (R25.1): units scored and ranked by the method in force in the period, each score with its breakdown. */
export function AssessmentTab() {
  const { search } = useLocation();
  const options = periods();
  const period = search.get('period') ?? options[0] ?? '';
  const [assessment, setAssessment] = useState<AssessmentView>();
  const [error, setError] = useState<string>();
  const unitName = useUnitNames();
  useLatestAnswer(
    () => get<AssessmentView>('/api/v1/assessments', { period }),
    {
      answer: (answer) => {
        setAssessment(answer);
        setError(undefined);
      },
      failure: (caught) => setError(failureText(caught)),
    },
    [period],
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 140 }}
          value={period}
          data-testid="assessment-period"
          options={options.map((value) => ({ value, label: value }))}
          onChange={(value: string) => setSearch({ period: value })}
        />
        {assessment && <Tag>考核办法第 {assessment.method.version} 版</Tag>}
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<ScoredUnit>
        size="small"
        data-testid="assessment"
        rowKey="unitId"
        loading={!assessment && !error}
        dataSource={assessment?.units ?? []}
        pagination={{ pageSize: 20 }}
        expandable={{ expandedRowRender: (unit) => <Breakdown unit={unit} /> }}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 70 },
          { title: '单位', render: (_v, unit) => unitName(unit.unitId) },
          { title: '得分', dataIndex: 'score' },
        ]}
      />
    </>
  );
}

function Breakdown({ unit }: { unit: ScoredUnit }) {
  return (
    <Table
      size="small"
      rowKey="indicator"
      pagination={false}
      data-testid={`breakdown-${unit.unitId}`}
      dataSource={[
        ...unit.breakdown.map((row) => ({ ...row, kind: '指标' })),
        ...unit.deductions.map((row) => ({
          indicator: row.count,
          value: row.value,
          target: null,
          weight: null,
          points: row.points,
          kind: '扣分',
        })),
      ]}
      columns={[
        { title: '项目', dataIndex: 'kind', width: 60 },
        { title: '指标', dataIndex: 'indicator' },
        { title: '实际', dataIndex: 'value', render: (value: number | null) => value ?? '—' },
        { title: '目标', dataIndex: 'target', render: (value: number | null) => value ?? '—' },
        { title: '权重', dataIndex: 'weight', render: (value: number | null) => value ?? '—' },
        { title: '得分', dataIndex: 'points' },
      ]}
    />
  );
}
