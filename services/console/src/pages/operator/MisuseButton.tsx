import type { ReportedMisuseKind } from '@hotline/domain';
import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { ApiError, post } from '../../lib/api';
import { showApiError } from '../../lib/form-errors';
import { useFormSend } from '../../lib/form-send';

const KIND_TEXT: Record<ReportedMisuseKind, string> = {
  abuse: '辱骂',
  threat: '威胁',
  'long-occupation': '长时间占线',
};

interface MisuseForm {
  kind: ReportedMisuseKind;
  note?: string;
  durationMinutes?: number;
}

/** The API names the call's length in seconds; the form asks for minutes. */
function inMinutes(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((detail) =>
    detail.field === 'durationSeconds' ? { ...detail, field: 'durationMinutes' } : detail,
  );
  return new ApiError(error.status, error.message, details);
}

/** 记录恶意来电 (Art. 27, R27.1): flags the caller of the request just recorded, kept under the phone's keyed hash. */
export function MisuseButton({ requestId }: { requestId: string }) {
  const [form] = Form.useForm<MisuseForm>();
  const kind = Form.useWatch('kind', form);
  const [open, setOpen] = useState(false);
  const [flagged, setFlagged] = useState<ReportedMisuseKind[]>([]);
  const {
    busy,
    error,
    setError,
    submit: record,
  } = useFormSend(
    form,
    async (values: MisuseForm) => {
      await post(`/api/v1/requests/${requestId}/misuse`, {
        kind: values.kind,
        note: values.note,
        ...(values.kind === 'long-occupation' && values.durationMinutes
          ? { durationSeconds: Math.round(values.durationMinutes * 60) }
          : {}),
      });
      setFlagged((kinds) => [...kinds, values.kind]);
      setOpen(false);
      form.resetFields();
    },
    (caught) =>
      caught instanceof ApiError && caught.status === 409
        ? '本次来电已记录过这一类型'
        : showApiError(form, inMinutes(caught)),
  );
  return (
    <Space style={{ marginTop: 12 }} data-testid="misuse">
      <Button danger onClick={() => (setError(undefined), setOpen(true))} data-testid="misuse-open">
        记录恶意来电
      </Button>
      {flagged.map((flag) => (
        <Tag key={flag} color="red" data-testid="misuse-recorded">
          已记录：{KIND_TEXT[flag]}
        </Tag>
      ))}
      <Modal title="记录恶意来电" open={open} footer={null} onCancel={() => setOpen(false)} forceRender>
        {error && (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="misuse-error" />
        )}
        <Form<MisuseForm>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'abuse' }}
          onFinish={(values) => void record(values)}
        >
          <Form.Item name="kind" label="类型">
            <Radio.Group data-testid="misuse-kind-choice">
              {Object.entries(KIND_TEXT).map(([value, label]) => (
                <Radio key={value} value={value}>
                  {label}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {kind === 'long-occupation' && (
            <Form.Item
              name="durationMinutes"
              label="占线时长（分钟）"
              rules={[{ required: true, message: '请填写时长' }]}
            >
              <InputNumber min={1} max={1440} data-testid="misuse-minutes" />
            </Form.Item>
          )}
          <Form.Item name="note" label="情况说明" rules={[{ required: true, whitespace: true, message: '请说明情况' }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="misuse-note" />
          </Form.Item>
          <Button type="primary" danger htmlType="submit" loading={busy} data-testid="misuse-submit">
            记录
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
