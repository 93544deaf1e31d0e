import { TabbedCard } from '../components/TabbedCard';
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
  return <TabbedCard title="督办" tabs={TABS} />;
}
