import type { DutyInput, DutyView } from '@hotline/contracts';
import type { DutyKind } from '@hotline/domain';
import { Alert, Button, Card, Col, Form, Input, Radio, Row } from 'antd';
import { ApiError, post } from '../../lib/api';
import { showApiError } from '../../lib/form-errors';
import { useFormSend } from '../../lib/form-send';
import { AccountabilityUnitSelect } from './AccountabilityUnitSelect';

export const DUTY_KIND_TEXT: Record<DutyKind, string> = {
  'leader-answering': '领导接听日',
  'unit-rotation': '部门负责人轮值日',
};

/** The form's values: the duty to schedule, its fields empty until filled in. */
type DutyForm = Pick<DutyInput, 'kind'> & Partial<Omit<DutyInput, 'kind'>>;

/** Puts a leader's answering slot or a unit head's rotation day on the roster (POST /api/v1/rosters, R11.1). */
export function RostersForm({ onScheduled }: { onScheduled: (duty: DutyView) => void }) {
  const [form] = Form.useForm<DutyForm>();
  const kind = Form.useWatch('kind', form);
  const {
    busy,
    error: refusal,
    submit: schedule,
  } = useFormSend(
    form,
    async (values: DutyForm) => {
      const body = {
        ...values,
        unitId: values.kind === 'unit-rotation' ? values.unitId : undefined,
        from: values.from || undefined,
        until: values.until || undefined,
        note: values.note?.trim() || undefined,
      };
      onScheduled(await post<DutyView>('/api/v1/rosters', body));
      form.resetFields(['person', 'unitId', 'from', 'until', 'note']);
    },
    // a conflict with the roster (422) is the refusal to read; a malformed field (400) is shown next to it
    (caught) =>
      caught instanceof ApiError && caught.status === 422 ? `不能排班：${caught.message}` : showApiError(form, caught),
  );
  return (
    <Card size="small" title="排班" data-testid="roster-form">
      {refusal && (
        <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} data-testid="roster-refusal" />
      )}
      <Form<DutyForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'leader-answering' }}
        onFinish={(values) => void schedule(values)}
      >
        <Form.Item name="kind" label="类型">
          <Radio.Group data-testid="roster-kind">
            {Object.entries(DUTY_KIND_TEXT).map(([value, label]) => (
              <Radio key={value} value={value}>
                {label}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <Input type="date" style={{ width: 180 }} data-testid="roster-date" />
        </Form.Item>
        <Form.Item name="person" label="人员（职务 姓名）" rules={[{ required: true, message: '请填写人员' }]}>
          <Input maxLength={64} placeholder="如 副市长 王某" data-testid="roster-person" />
        </Form.Item>
        {kind === 'unit-rotation' && (
          <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: '请选择单位' }]}>
            <AccountabilityUnitSelect testId="roster-unit" width={320} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="from" label="开始（不填为全天）">
              <Input type="time" data-testid="roster-from" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="until" label="结束">
              <Input type="time" data-testid="roster-until" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="备注">
          <Input maxLength={500} data-testid="roster-note" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="roster-submit">
          排入值班表
        </Button>
      </Form>
    </Card>
  );
}
