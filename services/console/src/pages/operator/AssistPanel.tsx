import type { RequestAssist } from '@hotline/contracts';
import { Alert, Button, Card, List, Tag, Typography } from 'antd';
import { Link } from '../../components/Link';
import { MarkedText } from '../../components/MarkedText';
import { STATUS_NAMES, shanghaiTime } from '../../lib/format';
import { EmergencyTransfer } from './EmergencyTransfer';

export type KnowledgeItem = Extract<RequestAssist['knowledge'], { available: true }>['items'][number];

/**
 * What the platform found for the recorded request: repeats, emergency (with the one-click transfer once the order
 * exists), jurisdiction, knowledge (to answer from while the order waits for its call back), misuse.
 */
export function AssistPanel({
  assist,
  workOrderId,
  answerFrom,
}: {
  assist: RequestAssist;
  workOrderId?: string;
  answerFrom?: (item: KnowledgeItem) => void;
}) {
  return (
    <Card title="受理辅助" size="small" style={{ marginBottom: 16 }} data-testid="assist">
      {assist.emergency.likely &&
        assist.emergency.hints.map((hint) => (
          <Alert
            key={hint.kind}
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="emergency-hint"
            message={`疑似紧急事项：请转 ${hint.transferTo}（${hint.lineName}）`}
            description={
              <>
                <div>命中：{hint.matched.join('、')}</div>
                {workOrderId && <EmergencyTransfer workOrderId={workOrderId} partner={hint.transferTo} />}
              </>
            }
          />
        ))}
      {assist.emergency.line &&
        !assist.emergency.hints.some((hint) => hint.transferTo === assist.emergency.line?.code) && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="partner-line-hint"
            message={`按互转清单，类别「${assist.emergency.line.category}」由 ${assist.emergency.line.name}（${assist.emergency.line.code}）受理`}
            description={
              workOrderId && <EmergencyTransfer workOrderId={workOrderId} partner={assist.emergency.line.code} />
            }
          />
        )}
      {assist.misuse.flagged && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={`该来电人近期有 ${assist.misuse.count} 条不当使用记录`}
        />
      )}
      {assist.jurisdiction.outsideCity && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message="地址不在本市管辖范围（可按第8项不予受理）"
        />
      )}
      {assist.jurisdiction.findings.map((finding, index) => (
        <Typography.Paragraph key={index} type="secondary">
          属地核查（{finding.source}）：{finding.detail}
        </Typography.Paragraph>
      ))}
      <Typography.Title level={5}>
        疑似重复件 {assist.repeats.likely && <Tag color="orange">可能重复</Tag>}
      </Typography.Title>
      <List
        size="small"
        data-testid="repeats"
        locale={{ emptyText: '无' }}
        dataSource={assist.repeats.items}
        renderItem={(item) => (
          <List.Item>
            <Link to={`/orders/${item.workOrderId}`} testId="repeat-link">
              {item.number}
            </Link>
            <span>
              {STATUS_NAMES[item.status] ?? item.status} ·{' '}
              {item.basis.map((basis) => (basis === 'same-caller' ? '同一来电人' : '同一地点')).join('、')} ·{' '}
              {shanghaiTime(item.receivedAt)}
            </span>
          </List.Item>
        )}
      />
      {assist.knowledge.available && (assist.knowledge.items ?? []).length > 0 && (
        <div data-testid="knowledge-answers">
          <Typography.Title level={5}>知识库答案</Typography.Title>
          {(assist.knowledge.items ?? []).map((item) => (
            <p key={item.id}>
              <b>{item.title}</b> <MarkedText html={item.snippet ?? ''} />
              {answerFrom && (
                <Button size="small" type="link" onClick={() => answerFrom(item)} data-testid="answer-from-article">
                  据此答复
                </Button>
              )}
            </p>
          ))}
        </div>
      )}
    </Card>
  );
}
