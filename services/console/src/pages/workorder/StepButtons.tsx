import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { post } from '../../lib/api';
import { showApiError } from '../../lib/form-errors';
import { STEP_ACTIONS, type StepAction } from './step-actions';

interface Props {
  workOrderId: string;
  version: number;
  nextSteps: string[];
  onDone: () => void;
}

/** The steps the API says this reader may take now, each a form whose refusals show next to its fields. */
export function StepButtons({ workOrderId, version, nextSteps, onDone }: Props) {
  const [open, setOpen] = useState<StepAction>();
  const actions = STEP_ACTIONS.filter((action) => nextSteps.includes(action.step));
  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="step-buttons">
        {actions.map((action) => (
          <Button
            key={action.step}
            danger={action.danger}
            type={action.danger ? 'default' : 'primary'}
            data-testid={`step-${action.step}`}
            onClick={() => setOpen(action)}
          >
            {action.label}
          </Button>
        ))}
      </Space>
      {open && (
        <StepForm
          action={open}
          workOrderId={workOrderId}
          version={version}
          onClose={() => setOpen(undefined)}
          onDone={() => (setOpen(undefined), onDone())}
        />
      )}
    </>
  );
}

function StepForm({
  action,
  workOrderId,
  version,
  onClose,
  onDone,
}: {
  action: StepAction;
  workOrderId: string;
  version: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const initial = Object.fromEntries(
    action.fields.filter((field) => field.initial !== undefined).map((field) => [field.name, field.initial]),
  );
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    const filled = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
    );
    const body = { ...(action.complete ? action.complete(filled) : filled), ...action.fixed };
    const path = `/api/v1/work-orders/${workOrderId}/${action.path.replace('{rid}', `${workOrderId}:${version}`)}`;
    try {
      await post(path, body);
      onDone();
    } catch (caught) {
      setError(showApiError(form, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={action.label}
      onCancel={onClose}
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'step-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(values) => void submit(values)}>
        {action.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            valuePropName={field.kind === 'bool' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}
          >
            {field.kind === 'textarea' ? (
              <Input.TextArea rows={2} data-testid={`field-${field.name}`} />
            ) : field.kind === 'number' ? (
              <InputNumber min={1} data-testid={`field-${field.name}`} />
            ) : field.kind === 'bool' ? (
              <Checkbox data-testid={`field-${field.name}`} />
            ) : field.kind === 'select' ? (
              <Select allowClear options={field.options} data-testid={`field-${field.name}`} />
            ) : (
              <Input data-testid={`field-${field.name}`} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
