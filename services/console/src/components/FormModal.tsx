import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useFormSend } from '../lib/form-send';

export interface FormField {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'bool' | 'select';
  options?: { value: string | number; label: string }[];
  required?: boolean;
  initial?: unknown;
  /** a select with many options: typing narrows them */
  searchable?: boolean;
  placeholder?: string;
  /** shown under the field */
  help?: string;
}

interface Props {
  title: string;
  fields: FormField[];
  /** sends the filled fields (blank ones left out); a refusal is shown next to the fields it names, or above them */
  submit: (values: Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** A modal form that sends one request to the API and shows its refusals where they belong. */
export function FormModal({ title, fields, submit, onClose, onDone }: Props) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const initial = Object.fromEntries(
    fields.filter((field) => field.initial !== undefined).map((field) => [field.name, field.initial]),
  );
  const {
    busy,
    error,
    submit: send,
  } = useFormSend(form, async (values: Record<string, unknown>) => {
    const filled = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
    );
    await submit(filled);
    onDone();
  });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'step-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void send(values)}
        // the API's refusal of a field without rules of its own would stay after the field is corrected
        onValuesChange={(changed: Record<string, unknown>) =>
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })))
        }
      >
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            valuePropName={field.kind === 'bool' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}
            {...(field.help ? { extra: field.help } : {})}
          >
            {field.kind === 'textarea' ? (
              <Input.TextArea rows={2} data-testid={`field-${field.name}`} />
            ) : field.kind === 'number' ? (
              <InputNumber min={1} data-testid={`field-${field.name}`} />
            ) : field.kind === 'bool' ? (
              <Checkbox data-testid={`field-${field.name}`} />
            ) : field.kind === 'select' ? (
              <Select
                allowClear
                options={field.options}
                showSearch={field.searchable}
                optionFilterProp="label"
                placeholder={field.placeholder}
                data-testid={`field-${field.name}`}
              />
            ) : (
              <Input data-testid={`field-${field.name}`} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
