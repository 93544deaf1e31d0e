import { Card, Tabs } from 'antd';
import { setSearch, useLocation } from '../lib/router';
import { AccountabilityTab } from './supervisor/AccountabilityTab';
import { BoardTab } from './supervisor/BoardTab';
import { CasesTab } from './supervisor/CasesTab';
import { HotSpotsTab } from './supervisor/HotSpotsTab';
import { MisuseTab } from './supervisor/MisuseTab';
import { RostersTab } from './supervisor/RostersTab';

const TABS = [
  { key: 'board', label: '超期与临期', children: <BoardTab /> },
  { key: 'cases', label: '督办件', children: <CasesTab /> },
  { key: 'hot-spots', label: '热点', children: <HotSpotsTab /> },
  { key: 'accountability', label: '问责', children: <AccountabilityTab /> },
  { key: 'rosters', label: '值班', children: <RostersTab /> },
  { key: 'misuse', label: '恶意来电', children: <MisuseTab /> },
];

/** 督办: the overdue and due-soon boards, supervision cases, hot spots and the registers of Art. 11, 26 and 27. */
export function SupervisorPage() {
  const { search } = useLocation();
  const tab = search.get('tab') ?? 'board';
  return (
    <Card title="督办">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setSearch({ tab: key, cursor: undefined })}
        items={TABS.map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
    </Card>
  );
}
