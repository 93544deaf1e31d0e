import { TabbedCard } from '../components/TabbedCard';
import { AssessmentTab } from './reports/AssessmentTab';
import { MonthlyReportTab } from './reports/MonthlyReportTab';

const TABS = [
  { key: 'monthly', label: '月度通报', children: <MonthlyReportTab /> },
  { key: 'assessment', label: '单位考核', children: <AssessmentTab /> },
];

/** 统计通报: the monthly statistics (Art. 24) and the units' assessment (Art. 25). */
export function ReportsPage() {
  return <TabbedCard title="统计通报" tabs={TABS} />;
}
