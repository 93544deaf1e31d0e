import type { RequestAssist, SearchHit } from '@hotline/contracts';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../lib/api';
import { useFormSend } from '../lib/form-send';
import { TYPE_NAMES } from '../lib/format';
import { MarkedText } from '../components/MarkedText';
import { AssistPanel } from './operator/AssistPanel';
import { CallbacksDueToday } from './operator/CallbacksDueToday';
import { DispatchPanel } from './operator/DispatchPanel';
import { MisuseButton } from './operator/MisuseButton';
import { OnlineAnswerModal, plainText, type AnswerDraft } from './operator/OnlineAnswerModal';
import { OnlineAnswerPanel, type OnlineOrder } from './operator/OnlineAnswerPanel';

interface RequestForm {
  caller: { name?: string; phone?: string; anonymous?: boolean };
  callerConsent?: boolean;
  type: string;
  content: string;
  category?: string;
  location: { district?: string; street?: string; address?: string };
}

export interface Recorded {
  requestId: string;
  outcome: string;
  workOrder?: OnlineOrder;
  assist?: RequestAssist;
}

type Decision = { outcome: 'callback' } | { outcome: 'close-online'; articleId: string };

/** an order answered online or waiting for the call back: no dispatch, the online answer instead */
const ONLINE_STATUSES = ['closed-online', 'callback-pending'];

type KnowledgeHit = Pick<SearchHit, 'id' | 'title' | 'snippet'>;

/** 话务员: the request form (Ctrl+Enter records it), the assist, dispatch, and today's call backs. */
export function OperatorPage() {
  const [form] = Form.useForm<RequestForm>();
  const [recorded, setRecorded] = useState<Recorded>();
  const [hits, setHits] = useState<KnowledgeHit[]>([]);
  const [answering, setAnswering] = useState<AnswerDraft>();
  const [answeredFrom, setAnsweredFrom] = useState<string>();
  const content = Form.useWatch('content', form);

  // Live while typing: knowledge answers to read out (the rest of the assist comes with the recorded request).
  useEffect(() => {
    const text = (content ?? '').trim();
    if (text.length < 4) return setHits([]);
    const timer = setTimeout(() => {
      get<{ items: KnowledgeHit[] }>('/api/v1/knowledge/search', { q: text.slice(0, 200) }).then(
        (answer) => setHits(answer.items.slice(0, 5)),
        () => setHits([]),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [content]);

  const {
    busy,
    error,
    setError,
    submit: record,
  } = useFormSend(form, async (values: RequestForm, decision?: Decision) => {
    const body = {
      channel: 'phone',
      ...values,
      caller: { ...values.caller, anonymous: values.caller.anonymous === true },
      callerConsent: values.callerConsent === true,
      ...(decision ? { decision } : {}),
    };
    setRecorded(await post<Recorded>('/api/v1/requests', body));
  });

  // R15.1 R15.2 record without dispatching: answered now from an article, or to be called back
  const recordAs = (decision: Decision, articleTitle?: string) =>
    form.validateFields().then(
      (values) => (setAnsweredFrom(articleTitle), record(values, decision)),
      () => undefined,
    );

  const next = () => (setRecorded(undefined), setAnsweredFrom(undefined), form.resetFields(), setError(undefined));
  const order = recorded?.workOrder;
  const answered = (updated: OnlineOrder) => {
    setAnsweredFrom(answering?.title);
    setAnswering(undefined);
    if (recorded) setRecorded({ ...recorded, workOrder: { ...updated, number: updated.number ?? order?.number } });
  };
  const callbackPending = order?.status === 'callback-pending';

  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card
          title="受理登记"
          extra={<Tag>Ctrl+Enter 登记 · Esc 清空</Tag>}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
            if (event.key === 'Escape') next();
          }}
        >
          {error && (
            <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="request-error" />
          )}
          <Form
            form={form}
            layout="vertical"
            initialValues={{ type: 'complaint', caller: {}, location: {} }}
            onFinish={(values) => void record(values)}
            disabled={!!recorded}
          >
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name={['caller', 'name']} label="来电人">
                  <Input data-testid="caller-name" autoFocus />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['caller', 'phone']} label="联系电话">
                  <Input data-testid="caller-phone" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['caller', 'anonymous']}
                  label="保密"
                  valuePropName="checked"
                  style={{ marginBottom: 0 }}
                >
                  <Checkbox>来电人要求匿名</Checkbox>
                </Form.Item>
                <Form.Item name="callerConsent" valuePropName="checked">
                  <Checkbox data-testid="caller-consent">同意回拨答复</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="type" label="诉求类型" rules={[{ required: true }]}>
                  <Select
                    data-testid="request-type"
                    options={Object.entries(TYPE_NAMES).map(([value, label]) => ({ value, label }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="category" label="分类">
                  <Input placeholder="如 路灯" data-testid="request-category" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['location', 'district']} label="区县">
                  <Input placeholder="如 雨湖区" data-testid="request-district" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name={['location', 'street']} label="街道/乡镇">
                  <Input data-testid="request-street" />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name={['location', 'address']} label="地址">
                  <Input data-testid="request-address" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="content" label="诉求内容" rules={[{ required: true, message: '请填写诉求内容' }]}>
              <Input.TextArea rows={4} data-testid="request-content" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="record-request">
                登记
              </Button>
              <Button
                loading={busy}
                onClick={() => void recordAs({ outcome: 'callback' })}
                data-testid="record-callback"
              >
                登记待回拨
              </Button>
            </Space>
          </Form>
          {hits.length > 0 && !recorded && (
            <Card size="small" title="知识库答案（可直接答复）" style={{ marginTop: 12 }} data-testid="live-knowledge">
              {hits.map((hit) => (
                <p key={hit.id}>
                  <b>{hit.title}</b> <MarkedText html={hit.snippet ?? ''} />
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void recordAs({ outcome: 'close-online', articleId: hit.id }, hit.title)}
                    data-testid="close-online"
                  >
                    据此答复并办结
                  </Button>
                </p>
              ))}
            </Card>
          )}
        </Card>
        {recorded && order && ONLINE_STATUSES.includes(order.status) ? (
          <OnlineAnswerPanel
            order={order}
            articleTitle={answeredFrom}
            onAnswer={() => setAnswering({ text: '' })}
            onDone={next}
          />
        ) : (
          recorded && <DispatchPanel recorded={recorded} onDone={next} />
        )}
        {order && answering && (
          <OnlineAnswerModal
            workOrderId={order.id}
            draft={answering}
            onClose={() => setAnswering(undefined)}
            onAnswered={answered}
          />
        )}
        {recorded && <MisuseButton requestId={recorded.requestId} />}
      </Col>
      <Col xs={24} lg={10}>
        {recorded?.assist && (
          <AssistPanel
            assist={recorded.assist}
            workOrderId={order?.id}
            answerFrom={
              callbackPending
                ? (item) => setAnswering({ articleId: item.id, title: item.title, text: plainText(item.snippet ?? '') })
                : undefined
            }
          />
        )}
        <CallbacksDueToday />
      </Col>
    </Row>
  );
}
