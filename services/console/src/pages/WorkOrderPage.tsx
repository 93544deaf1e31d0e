import type { CallerView, TimelineEntry, WorkOrderDetail as WorkOrderDetailView } from '@hotline/contracts';
import { Alert, Card, Col, Descriptions, Row, Spin, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from '../lib/api';
import { useWorkOrderEvents } from '../lib/events';
import { shanghaiTime, STATUS_NAMES, TYPE_NAMES } from '../lib/format';
import type { Role } from '../lib/session';
import { CASE_STEP_NAMES } from './cases/supervision-case';
import { WorkOrderCases } from './cases/WorkOrderCases';
import { BRANCH_STATUS_NAMES, BranchMark } from '../components/BranchMark';
import { CallerCard } from './workorder/CallerCard';
import { CoUnitContributions } from './workorder/CoUnitContributions';
import { StepButtons } from './workorder/StepButtons';

/** GET /api/v1/work-orders/{id}: supervision's view with the caller, masked, from intake. */
type WorkOrderDetail = WorkOrderDetailView & { caller?: CallerView };

/** A case's steps by their Chinese names (R23); the work order's own steps as the API names them. */
function timelineStepName(entry: TimelineEntry): string {
  if (entry.type === BRANCH_SYNCED) {
    const status = String(entry.summary['status'] ?? '');
    return `分中心同步：${BRANCH_STATUS_NAMES[status] ?? status}（第 ${String(entry.summary['version'] ?? '?')} 版）`;
  }
  const step = String(entry.summary['step'] ?? entry.type.replace(/^hotline\.workorder\./, ''));
  return entry.summary['caseId'] ? `督办：${CASE_STEP_NAMES[step] ?? step}` : step;
}

const BRANCH_SYNCED = 'linkage.branch-order-synced';

const DEADLINE_NAMES: Record<string, string> = {
  sign: '签收',
  returnWindow: '退回',
  handling: '办理',
  rehandling: '重办',
  onlineCallback: '回拨',
};

/** One work order: the matter, the caller, the deadlines, the timeline and the steps the reader may take. */
export function WorkOrderPage({ id, role }: { id: string; role: Role }) {
  const [order, setOrder] = useState<WorkOrderDetail>();
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const [error, setError] = useState<ApiError | Error>();
  const [readCount, setReadCount] = useState(0);
  const load = useCallback(() => {
    get<WorkOrderDetail>(`/api/v1/work-orders/${id}`).then(
      (answer) => (setOrder(answer), setError(undefined), setReadCount((count) => count + 1)),
      (caught: ApiError | Error) => setError(caught),
    );
    get<{ items: TimelineEntry[] }>(`/api/v1/work-orders/${id}/timeline`).then(
      (answer) => setTimeline(answer.items),
      () => undefined,
    );
  }, [id]);
  useEffect(load, [load]);
  useWorkOrderEvents((event) => {
    // the page reads supervision's copy, which follows the same event a moment later
    if (event.workOrderId === id) for (const delay of [0, 700, 2000]) setTimeout(load, delay);
  });
  if (error) {
    const status = error instanceof ApiError ? error.status : 0;
    const denied = status === 403 || status === 404;
    return (
      <Alert
        type="error"
        showIcon
        data-testid="order-denied"
        message={denied ? '无权查看该工单，或工单不存在' : '工单加载失败'}
        description={`接口答复 ${status}：${error.message}`}
      />
    );
  }
  if (!order) return <Spin />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={15}>
        <Card
          title={
            <span>
              工单 <span data-testid="order-number">{order.number ?? order.id}</span>{' '}
              <Tag color="red" data-testid="order-status">
                {STATUS_NAMES[order.status] ?? order.status}
              </Tag>
              <BranchMark branch={order.branch?.code} status={order.branch?.status} />
            </span>
          }
          style={{ marginBottom: 16 }}
        >
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="类型">{TYPE_NAMES[order.type] ?? order.type}</Descriptions.Item>
            <Descriptions.Item label="承办单位">
              {order.leadUnitId ?? '—'}
              {order.coUnitIds.length > 0 ? `（会同：${order.coUnitIds.join('、')}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="地点" span={2}>
              {[
                order.request?.location?.district ?? order.district,
                order.request?.location?.street,
                order.request?.location?.address,
              ]
                .filter(Boolean)
                .join(' ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="诉求内容" span={2}>
              <Typography.Paragraph style={{ margin: 0 }} data-testid="order-matter">
                {order.request?.content ?? order.branch?.matter ?? '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            {order.branch && (
              <>
                <Descriptions.Item label="分中心办理单位">{order.branch.handlingUnit ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="分中心时限">
                  <span data-testid="branch-due">{shanghaiTime(order.branch.dueAt)}</span>
                </Descriptions.Item>
              </>
            )}
            {Object.entries(order.deadlines)
              .flatMap(([key, deadline]) => (deadline ? [[key, deadline] as const] : []))
              .map(([key, deadline]) => (
                <Descriptions.Item key={key} label={`${DEADLINE_NAMES[key] ?? key}时限`}>
                  {shanghaiTime(deadline.due)}
                  {deadline.provisional ? '（暂定）' : ''}
                </Descriptions.Item>
              ))}
            {order.extension && (
              <Descriptions.Item label="延期申请" span={2}>
                {order.extension.workingDays} 个工作日：{order.extension.reason}{' '}
                {order.extension.decision ? `（${order.extension.decision}）` : '（待审核）'}
              </Descriptions.Item>
            )}
          </Descriptions>
          {order.readOnly && <Alert style={{ marginTop: 12 }} type="info" message="下级单位工单，仅可查看" />}
          <div style={{ marginTop: 16 }}>
            <StepButtons
              workOrderId={order.id}
              version={order.version}
              nextSteps={order.nextSteps ?? []}
              onDone={load}
            />
          </div>
        </Card>
        {order.origin !== 'branch' && (
          <CoUnitContributions
            workOrderId={order.id}
            status={order.status}
            coUnitIds={order.coUnitIds}
            readCount={readCount}
            {...(order.leadUnitId ? { leadUnitId: order.leadUnitId } : {})}
          />
        )}
        {(role === 'supervisor' || role === 'unit') && (
          <WorkOrderCases workOrderId={order.id} role={role} onChanged={load} />
        )}
      </Col>
      <Col xs={24} lg={9}>
        {role !== 'admin' && order.origin !== 'branch' && (
          <CallerCard workOrderId={order.id} {...(order.caller ? { masked: order.caller } : {})} />
        )}
        <Card size="small" title="办理过程" data-testid="timeline">
          <Timeline
            items={timeline.map((entry) => ({
              children: (
                <span>
                  <b>{timelineStepName(entry)}</b> · {shanghaiTime(entry.occurredAt)} ·{' '}
                  {entry.actor.unitId ?? entry.actor.role ?? entry.actor.id}
                </span>
              ),
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}
