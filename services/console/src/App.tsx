import { Alert, Button, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { OidcCallbackPage } from './pages/OidcCallbackPage';
import { OperatorPage } from './pages/OperatorPage';
import { ReviewerPage } from './pages/ReviewerPage';
import { SignInPage } from './pages/SignInPage';
import { MisuseTab } from './pages/supervisor/MisuseTab';
import { UnitCasesPage } from './pages/UnitCasesPage';
import { UnitInboxPage } from './pages/UnitInboxPage';
import { WorkOrderPage } from './pages/WorkOrderPage';
import { matchPath, navigate, useLocation } from './lib/router';
import {
  currentSession,
  onSessionChange,
  ROLE_HOMES,
  ROLE_NAMES,
  saveSession,
  type Role,
  type Session,
} from './lib/session';

// The supervisor's charts (ECharts), the reports and the admin's tabs load only for those who open them.
const SupervisorPage = lazy(() =>
  import('./pages/SupervisorPage').then((module) => ({ default: module.SupervisorPage })),
);
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((module) => ({ default: module.ReportsPage })));
const AdminPage = lazy(() => import('./pages/AdminPage').then((module) => ({ default: module.AdminPage })));

const SCREENS: Record<Role, { key: string; label: string }[]> = {
  operator: [
    { key: '/operator', label: '受理登记' },
    { key: '/misuse', label: '恶意来电' },
  ],
  unit: [
    { key: '/unit', label: '待办工单' },
    { key: '/unit/cases', label: '督办件' },
  ],
  reviewer: [{ key: '/reviewer', label: '审核队列' }],
  supervisor: [
    { key: '/supervisor', label: '督办看板' },
    { key: '/reports', label: '统计通报' },
  ],
  admin: [
    { key: '/admin', label: '系统管理' },
    { key: '/reports', label: '统计通报' },
  ],
};

function useSession(): Session | undefined {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(() => setSession(currentSession())), []);
  return session;
}

function screenFor(path: string, role: Role) {
  const order = matchPath('/orders/:id', path);
  if (order) return <WorkOrderPage key={order['id']} id={order['id'] ?? ''} role={role} />;
  switch (path) {
    case '/operator':
      return <OperatorPage />;
    case '/misuse':
      return <MisuseTab />;
    case '/unit':
      return <UnitInboxPage />;
    case '/unit/cases':
      return <UnitCasesPage />;
    case '/reviewer':
      return <ReviewerPage />;
    case '/supervisor':
      return <SupervisorPage />;
    case '/admin':
      return <AdminPage />;
    case '/reports':
      return <ReportsPage />;
    default:
      return undefined;
  }
}

export function App() {
  const session = useSession();
  const { path } = useLocation();
  useEffect(() => {
    if (session && (path === '/' || path === '/sign-in')) navigate(ROLE_HOMES[session.activeRole], true);
  }, [session, path]);
  if (path === '/oidc/callback') return <OidcCallbackPage />;
  if (!session) return <SignInPage />;
  const role = session.activeRole;
  const screen = screenFor(path, role);
  const switchRole = (next: Role) => {
    saveSession({ ...session, activeRole: next });
    navigate(ROLE_HOMES[next]);
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#8c1515' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          湘潭市12345热线
        </Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          style={{ flex: 1, background: 'transparent' }}
          selectedKeys={[path]}
          items={SCREENS[role]}
          onClick={(item) => navigate(item.key)}
        />
        <Space>
          <Select<Role>
            data-testid="role-switch"
            value={role}
            style={{ width: 130 }}
            options={session.roles.map((value) => ({ value, label: ROLE_NAMES[value] }))}
            onChange={switchRole}
          />
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
            {session.sub}
            {session.unitId ? ` · ${session.unitId}` : ''}
          </Typography.Text>
          <Button size="small" onClick={() => (saveSession(undefined), navigate('/', true))}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Suspense fallback={<Spin />}>{screen ?? <Alert type="warning" message={`没有这个页面：${path}`} />}</Suspense>
      </Layout.Content>
    </Layout>
  );
}
