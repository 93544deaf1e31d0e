import { Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { TabbedCard } from '../components/TabbedCard';
import { errorMessage, get } from '../lib/api';
import { useLatestAnswer } from '../lib/latest-answer';
import { CalendarTab } from './admin/CalendarTab';
import { DeadLettersTab } from './admin/DeadLettersTab';
import { KnowledgeTab } from './admin/KnowledgeTab';
import { PartnersTab } from './admin/PartnersTab';
import { RoutingRulesTab } from './admin/RoutingRulesTab';
import { UnitsTab } from './admin/UnitsTab';

type Row = Record<string, unknown>;

function ListTab({
  path,
  columns,
  testId,
}: {
  path: string;
  columns: { title: string; key: string }[];
  testId: string;
}) {
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string>();
  useLatestAnswer(
    () => get<{ items: Row[] }>(path),
    {
      answer: (page) => setRows(page.items),
      failure: (caught) => setError(errorMessage(caught)),
    },
    [path],
  );
  return (
    <div data-testid={testId}>
      {error && <Tag color="red">{error}</Tag>}
      <Table<Row>
        size="small"
        rowKey={(row) => String(row['id'] ?? JSON.stringify(row))}
        dataSource={rows}
        pagination={{ pageSize: 15 }}
        columns={columns.map((column) => ({
          title: column.title,
          key: column.key,
          render: (_v, row) => text(row[column.key]),
        }))}
      />
    </div>
  );
}

const text = (value: unknown) =>
  value === undefined || value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function ReadinessTab() {
  const [report, setReport] = useState<Row>();
  useEffect(
    () =>
      void fetch('/readyz')
        .then((response) => response.json() as Promise<Row>)
        .then(setReport, () => undefined),
    [],
  );
  return <pre data-testid="readiness">{JSON.stringify(report, null, 2)}</pre>;
}

const TABS = [
  { key: 'units', label: '单位', children: <UnitsTab /> },
  { key: 'routing', label: '派单规则', children: <RoutingRulesTab /> },
  { key: 'articles', label: '知识库', children: <KnowledgeTab /> },
  {
    key: 'knowledge',
    label: '知识库待更新',
    children: (
      <ListTab
        testId="stale"
        path="/api/v1/knowledge/stale"
        columns={[
          { title: '标题', key: 'title' },
          { title: '单位', key: 'ownerUnitId' },
          { title: '版本', key: 'version' },
          { title: '更新于', key: 'updatedAt' },
        ]}
      />
    ),
  },
  { key: 'partners', label: '联动单位', children: <PartnersTab /> },
  { key: 'calendar', label: '工作日历', children: <CalendarTab /> },
  { key: 'dead-letters', label: '死信', children: <DeadLettersTab /> },
  { key: 'readiness', label: '服务就绪', children: <ReadinessTab /> },
];

/** 系统管理员: the directory, routing, knowledge, partners, the calendar, dead letters and readiness. */
export function AdminPage() {
  return <TabbedCard title="系统管理" tabs={TABS} />;
}
