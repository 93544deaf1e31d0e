import { Card, Tabs } from 'antd';
import { setSearch, useLocation } from '../lib/router';
import { AssessmentTab } from './reports/AssessmentTab';
import { MonthlyReportTab } from './reports/MonthlyReportTab';

const TABS = [
  { key: 'monthly', label: '月度通报', children: <MonthlyReportTab /> },
  { key: 'assessment', label: '单位考核', children: <AssessmentTab /> },
];

/** 统计通报: the monthly statistics (Art. 24) and the units' assessment (Art. 25). */
export function ReportsPage() {
  const { search } = useLocation();
  const tab = search.get('tab') ?? 'monthly';
  return (
    <Card title="统计通报">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setSearch({ tab: key })}
        items={TABS.map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
    </Card>
  );
}
