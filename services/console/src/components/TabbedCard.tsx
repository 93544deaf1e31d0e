import { Card, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { setSearch, useLocation } from '../lib/router';

export interface CardTab {
  key: string;
  label: string;
  children: ReactNode;
}

/** A screen of tabs in a card; the open tab lives in the URL (`tab`), and switching drops the list's cursor. */
export function TabbedCard({ title, tabs }: { title: string; tabs: CardTab[] }) {
  const { search } = useLocation();
  const tab = search.get('tab') ?? tabs[0]?.key;
  return (
    <Card title={title}>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setSearch({ tab: key, cursor: undefined })}
        items={tabs.map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
    </Card>
  );
}
