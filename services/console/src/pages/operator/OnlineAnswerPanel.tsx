import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { Link } from '../../components/Link';
import { STATUS_NAMES } from '../../lib/format';

export interface OnlineOrder {
  id: string;
  number: string;
  status: string;
  onlineClosure?: { articleId?: string; articleVersion?: number; answer?: string; via?: string };
}

/**
 * R15.1 R15.2 a request answered online, or waiting for the operator's call back: its number and status, the article
 * it was answered from, and what is left to do.
 */
export function OnlineAnswerPanel({
  order,
  articleTitle,
  onAnswer,
  onDone,
}: {
  order: OnlineOrder;
  articleTitle?: string;
  onAnswer: () => void;
  onDone: () => void;
}) {
  const closure = order.onlineClosure;
  return (
    <Card title="在线答复" style={{ marginTop: 16 }} data-testid="online-answer-panel">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="工单号">
          <Link to={`/orders/${order.id}`} testId="recorded-number">
            {order.number}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={order.status === 'closed-online' ? 'green' : 'orange'} data-testid="recorded-status">
            {STATUS_NAMES[order.status] ?? order.status}
          </Tag>
        </Descriptions.Item>
        {(articleTitle ?? closure?.articleId) && (
          <Descriptions.Item label="答复依据" span={2}>
            <span data-testid="answered-from">
              {articleTitle ?? closure?.articleId}
              {closure?.articleVersion && `（第 ${closure.articleVersion} 版）`}
            </span>
          </Descriptions.Item>
        )}
        {closure?.answer && (
          <Descriptions.Item label="答复内容" span={2}>
            {closure.answer}
          </Descriptions.Item>
        )}
      </Descriptions>
      {order.status === 'callback-pending' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="须在 1 个工作日内回拨答复：可在右侧知识库答案中选一条据以答复，或核实后直接答复。"
        />
      )}
      <Space wrap>
        {order.status === 'callback-pending' && (
          <Button onClick={onAnswer} data-testid="answer-after-checking">
            核实后答复
          </Button>
        )}
        <Button onClick={onDone} data-testid="next-call">
          受理下一个
        </Button>
      </Space>
    </Card>
  );
}
