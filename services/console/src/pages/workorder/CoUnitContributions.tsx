import type { CoUnitContributionView } from '@hotline/contracts';
import { Alert, Button, Card, Descriptions, Empty, Space } from 'antd';
import { useState } from 'react';
import { failureText, get, post } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { shanghaiTime } from '../../lib/format';
import { currentSession } from '../../lib/session';
import { FormModal } from '../../components/FormModal';
import { completeReply, REPLY_FIELDS } from './step-actions';

interface Props {
  workOrderId: string;
  status: string;
  leadUnitId?: string;
  coUnitIds: string[];
  /** changes whenever the page reads the order again (a contribution leaves its version as it was) */
  readCount: number;
}

/** While the lead unit handles the order, its co units (会同, R15.5) may hand in their part. */
const CONTRIBUTION_STATUSES = ['handling', 'extension-requested', 'rehandling'];

const OUTCOME_NAMES: Record<string, string> = {
  solved: '已解决',
  plan: '列入计划',
  'not-possible': '无法解决',
};

/** R15.5: the co units' contributions to the lead unit's reply: a co unit hands in its part, the rest read them. */
export function CoUnitContributions({ workOrderId, status, leadUnitId, coUnitIds, readCount }: Props) {
  const [items, setItems] = useState<CoUnitContributionView[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const [writing, setWriting] = useState(false);
  const [read, setRead] = useState(0);
  useLatestAnswer(
    () => get<{ items: CoUnitContributionView[] }>(`/api/v1/work-orders/${workOrderId}/contributions`),
    {
      answer: (answer) => {
        setItems(answer.items);
        setRefusal(undefined);
      },
      failure: (caught) => setRefusal(failureText(caught)),
    },
    [workOrderId, readCount, read],
  );
  const unitId = currentSession()?.unitId;
  const isCoUnit = unitId !== undefined && coUnitIds.includes(unitId) && unitId !== leadUnitId;
  if (coUnitIds.length === 0 && items.length === 0) return null;
  return (
    <Card size="small" title="会同单位意见" style={{ marginBottom: 16 }} data-testid="contributions">
      {refusal && (
        <Alert type="error" showIcon message={`会同意见无法查看：${refusal}`} data-testid="contributions-refused" />
      )}
      {isCoUnit && CONTRIBUTION_STATUSES.includes(status) && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" data-testid="contribute" onClick={() => setWriting(true)}>
            提交会同意见
          </Button>
        </Space>
      )}
      {!refusal && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`待会同单位（${coUnitIds.join('、')}）提交`} />
      )}
      {items.map((item) => (
        <Descriptions
          key={item.id}
          size="small"
          bordered
          column={2}
          style={{ marginBottom: 12 }}
          data-testid="contribution"
          title={`${item.unitId} · ${item.submittedBy} · ${shanghaiTime(item.submittedAt)}`}
        >
          <Descriptions.Item label="承办人">{item.handledBy}</Descriptions.Item>
          <Descriptions.Item label="办理情况">{OUTCOME_NAMES[item.outcome] ?? item.outcome}</Descriptions.Item>
          <Descriptions.Item label="办理过程" span={2}>
            {item.process}
          </Descriptions.Item>
          <Descriptions.Item label="办理结果" span={2}>
            {item.result}
          </Descriptions.Item>
          {item.explanation && (
            <Descriptions.Item label="说明" span={2}>
              {item.explanation}
            </Descriptions.Item>
          )}
        </Descriptions>
      ))}
      {writing && (
        <FormModal
          title="提交会同意见"
          fields={REPLY_FIELDS}
          submit={(filled) => post(`/api/v1/work-orders/${workOrderId}/replies`, completeReply(filled))}
          onClose={() => setWriting(false)}
          onDone={() => (setWriting(false), setRead((count) => count + 1))}
        />
      )}
    </Card>
  );
}
