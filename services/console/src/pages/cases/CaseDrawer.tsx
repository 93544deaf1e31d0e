import type { SupervisionCaseView, TimelineEntry } from '@hotline/contracts';
import { Button, Descriptions, Drawer, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { Link } from '../../components/Link';
import { get, post } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { shanghaiTime } from '../../lib/format';
import type { Role } from '../../lib/session';
import { CASE_ACTIONS, caseActionBody, type CaseAction } from './case-actions';
import { CASE_STATUS_COLOURS, CASE_STATUS_NAMES, CASE_STEP_NAMES, extensionPending } from './supervision-case';

/** A timeline entry of a case's step, its summary read as supervision writes it. */
type CaseStep = Pick<TimelineEntry, 'eventId' | 'occurredAt' | 'actor'> & {
  summary: { caseId?: string; step?: string; details?: Record<string, unknown> };
};

/** What a step carried that a reader wants to see: the answer, the reason, the result. */
function stepText(details: Record<string, unknown> = {}): string {
  const said = ['answer', 'reason', 'comment', 'result', 'source', 'workingDays']
    .map((key) => details[key])
    .filter((value) => typeof value === 'string' || typeof value === 'number');
  return said.join(' · ');
}

/** The case's steps, from the timeline of its first work order (every linked order shows them). */
function useCaseSteps(supervisionCase: SupervisionCaseView): CaseStep[] {
  const [steps, setSteps] = useState<CaseStep[]>([]);
  const first = supervisionCase.workOrderIds[0];
  useLatestAnswer(
    () => (first ? get<{ items: CaseStep[] }>(`/api/v1/work-orders/${first}/timeline`) : undefined),
    {
      answer: (page) => setSteps(page.items.filter((item) => item.summary.caseId === supervisionCase.id)),
      failure: () => setSteps([]),
    },
    [first, supervisionCase.id, supervisionCase.version],
  );
  return steps;
}

interface Props {
  supervisionCase: SupervisionCaseView;
  role: Role;
  onClose: () => void;
  onChanged: () => void;
}

/** One case: its limit, extension, escalation and steps, and the steps this reader may take on it. */
export function CaseDrawer({ supervisionCase: first, role, onClose, onChanged }: Props) {
  // the drawer follows the case its steps answer, even when the list's filter no longer holds it
  const [supervisionCase, setCase] = useState(first);
  const [acting, setActing] = useState<CaseAction>();
  const steps = useCaseSteps(supervisionCase);
  const { extension, escalation, deadline } = supervisionCase;
  const actions = CASE_ACTIONS.filter((action) => action.offered(supervisionCase, role));
  return (
    <Drawer open width={560} title={`督办件 · ${supervisionCase.triggerText}`} onClose={onClose}>
      <div data-testid="case-drawer">
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="状态">
            <Tag color={CASE_STATUS_COLOURS[supervisionCase.status]} data-testid="case-status">
              {CASE_STATUS_NAMES[supervisionCase.status]}
            </Tag>
            {supervisionCase.overdue && <Tag color="red">督办逾期</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="督办方式">{supervisionCase.methodText}</Descriptions.Item>
          {supervisionCase.source && <Descriptions.Item label="来源">{supervisionCase.source}</Descriptions.Item>}
          <Descriptions.Item label="办理时限">
            <span data-testid="case-deadline">{deadline.display}</span>（{deadline.workingDays} 个工作日
            {deadline.extendedBy ? `，已延 ${deadline.extendedBy} 个` : ''}）
          </Descriptions.Item>
          <Descriptions.Item label="工单">
            <Space wrap>
              {supervisionCase.workOrderIds.map((id) => (
                <Link key={id} to={`/orders/${id}`}>
                  {id.slice(0, 8)}
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="承办单位">{supervisionCase.unitIds.join('、') || '—'}</Descriptions.Item>
          {extension && (
            <Descriptions.Item label="延期申请">
              <span data-testid="case-extension-request">
                {extension.workingDays} 个工作日：{extension.reason}（
                {extension.decision === 'approved' ? '已同意' : extension.decision === 'rejected' ? '未同意' : '待审核'}
                {extension.comment ? `，${extension.comment}` : ''}）
              </span>
            </Descriptions.Item>
          )}
          {escalation && (
            <Descriptions.Item label="呈报">
              {escalation.to} · {shanghaiTime(escalation.at)}
              {escalation.withinLimit ? `（时限内：${escalation.reason ?? ''}）` : '（逾期未解决）'}
            </Descriptions.Item>
          )}
          {supervisionCase.result && <Descriptions.Item label="督办结果">{supervisionCase.result}</Descriptions.Item>}
        </Descriptions>
        {extensionPending(supervisionCase) && role === 'supervisor' && (
          <Tag color="orange" style={{ marginTop: 12 }}>
            单位申请延期，待审核
          </Tag>
        )}
        <Space wrap style={{ margin: '16px 0' }}>
          {actions.map((action) => (
            <Button
              key={action.key}
              danger={action.danger}
              data-testid={`case-${action.key}`}
              onClick={() => setActing(action)}
            >
              {action.label}
            </Button>
          ))}
        </Space>
        <div data-testid="case-steps">
          <Timeline
            items={steps.map((step) => ({
              children: (
                <span>
                  <b>{CASE_STEP_NAMES[step.summary.step ?? ''] ?? step.summary.step}</b> ·{' '}
                  {shanghaiTime(step.occurredAt)} · {step.actor.unitId ?? step.actor.role ?? step.actor.id}
                  <br />
                  {stepText(step.summary.details)}
                </span>
              ),
            }))}
          />
        </div>
      </div>
      {acting && (
        <FormModal
          title={acting.label}
          fields={acting.fields}
          submit={(values) =>
            post<SupervisionCaseView | { supervisionCase: SupervisionCaseView }>(
              `/api/v1/supervision-cases/${supervisionCase.id}/${acting.path(supervisionCase)}`,
              caseActionBody(acting, values),
            ).then((answer) => setCase('supervisionCase' in answer ? answer.supervisionCase : answer))
          }
          onClose={() => setActing(undefined)}
          onDone={() => (setActing(undefined), onChanged())}
        />
      )}
    </Drawer>
  );
}
