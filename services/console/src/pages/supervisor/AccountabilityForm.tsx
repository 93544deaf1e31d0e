import type { RecordedAccountabilityItem, RecordedAccountabilityView } from '@hotline/contracts';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { post } from '../../lib/api';
import { useFormSend } from '../../lib/form-send';
import { AccountabilityUnitSelect } from './AccountabilityUnitSelect';
import { itemHeading } from './AccountabilitySections';

/** The form's values: RecordAccountabilityBody of @hotline/contracts as typed in (a local time, evidence a line each). */
interface EntryForm {
  unitId?: string;
  item: RecordedAccountabilityItem;
  workOrderId?: string;
  /** datetime-local, Beijing: YYYY-MM-DDTHH:mm */
  occurredAt?: string;
  description?: string;
  /** one piece of evidence a line */
  evidence?: string;
}

/** Records Art. 26(4) or (7) about a unit with its evidence (POST /api/v1/accountability). */
export function AccountabilityForm({ onRecorded }: { onRecorded: (entry: RecordedAccountabilityView) => void }) {
  const [form] = Form.useForm<EntryForm>();
  const {
    busy,
    error,
    submit: record,
  } = useFormSend(form, async (values: EntryForm) => {
    const entry = await post<RecordedAccountabilityView>('/api/v1/accountability', {
      unitId: values.unitId,
      item: values.item,
      workOrderId: values.workOrderId?.trim() || undefined,
      occurredAt: values.occurredAt ? `${values.occurredAt}:00+08:00` : undefined,
      description: values.description,
      evidence: (values.evidence ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
    form.resetFields();
    onRecorded(entry);
  });
  return (
    <Card size="small" title="记录问责事项" data-testid="accountability-form">
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="accountability-error" />
      )}
      <Form<EntryForm> form={form} layout="vertical" initialValues={{ item: 4 }} onFinish={(v) => void record(v)}>
        <Form.Item name="unitId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <AccountabilityUnitSelect testId="accountability-unit" width={320} />
        </Form.Item>
        <Form.Item name="item" label="情形">
          <Radio.Group data-testid="accountability-item">
            <Radio value={4}>{itemHeading(4)}</Radio>
            <Radio value={7}>{itemHeading(7)}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="workOrderId" label="涉及工单（工单 ID，可不填）">
          <Input data-testid="accountability-work-order" />
        </Form.Item>
        <Form.Item name="occurredAt" label="发生时间" rules={[{ required: true, message: '请填写发生时间' }]}>
          <Input type="datetime-local" style={{ width: 240 }} data-testid="accountability-occurred-at" />
        </Form.Item>
        <Form.Item name="description" label="情况" rules={[{ required: true, message: '请填写情况' }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="accountability-description" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label="证据（每行一项：录音、文书、陈述等）"
          rules={[{ required: true, message: '请列出证据' }]}
        >
          <Input.TextArea rows={3} data-testid="accountability-evidence" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="accountability-submit">
          记录
        </Button>
      </Form>
    </Card>
  );
}
