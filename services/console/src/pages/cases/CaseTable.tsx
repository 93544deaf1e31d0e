import type { SupervisionCaseView } from '@hotline/contracts';
import { Badge, Button, Tag } from 'antd';
import { useState } from 'react';
import { Link } from '../../components/Link';
import { PagedTable } from '../../components/PagedTable';
import { get, type Page, type Query } from '../../lib/api';
import type { Role } from '../../lib/session';
import { CaseDrawer } from './CaseDrawer';
import { CASE_STATUS_COLOURS, CASE_STATUS_NAMES, extensionPending } from './supervision-case';

interface Props {
  role: Role;
  filters: Query;
  testId: string;
  /** the URL parameter of this list's cursor */
  cursorParam?: string;
}

/** Supervision cases newest first, each opened in a drawer where the reader takes its steps. */
export function CaseTable({ role, filters, testId, cursorParam = 'cursor' }: Props) {
  const [opened, setOpened] = useState<SupervisionCaseView>();
  const [reloads, setReloads] = useState(0);
  const load = (cursor?: string) => get<Page<SupervisionCaseView>>('/api/v1/supervision-cases', { ...filters, cursor });
  return (
    <>
      <PagedTable<SupervisionCaseView>
        rowKey="id"
        testId={testId}
        cursorParam={cursorParam}
        reloadKey={`${JSON.stringify(filters)}:${reloads}`}
        load={load}
        columns={[
          { title: '督办情形', render: (_v, item) => `${item.trigger} ${item.triggerText}` },
          { title: '方式', dataIndex: 'methodText' },
          {
            title: '工单',
            render: (_v, item) => (
              <span>
                {item.workOrderIds.slice(0, 2).map((id) => (
                  <Link key={id} to={`/orders/${id}`}>
                    {id.slice(0, 8)}{' '}
                  </Link>
                ))}
                {item.workOrderIds.length > 2 ? `等 ${item.workOrderIds.length} 件` : ''}
              </span>
            ),
          },
          { title: '承办单位', render: (_v, item) => item.unitIds.join('、') },
          {
            title: '时限',
            render: (_v, item) => (
              <Tag color={item.overdue ? 'red' : undefined} data-testid={item.overdue ? 'case-overdue' : undefined}>
                {item.deadline.display}
              </Tag>
            ),
          },
          {
            title: '状态',
            render: (_v, item) => (
              <span>
                <Tag color={CASE_STATUS_COLOURS[item.status]}>{CASE_STATUS_NAMES[item.status]}</Tag>
                {extensionPending(item) && <Badge status="warning" text="延期待审" />}
                {item.answers > 0 && <Badge status="success" text={`已答复 ${item.answers}`} />}
              </span>
            ),
          },
          {
            title: '',
            render: (_v, item) => (
              <Button size="small" data-testid={`open-case-${item.id}`} onClick={() => setOpened(item)}>
                办理
              </Button>
            ),
          },
        ]}
      />
      {opened && (
        <CaseDrawer
          key={opened.id}
          supervisionCase={opened}
          role={role}
          onClose={() => setOpened(undefined)}
          onChanged={() => setReloads((count) => count + 1)}
        />
      )}
    </>
  );
}
