import { Alert, Col, Row, Space } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** the register's filters, above it */
  filters: ReactNode;
  /** what the form has just added, confirmed above the register */
  added?: { testId: string; message: string };
  /** why the register did not load */
  error?: string;
  errorTestId: string;
  /** the form that adds to the register, beside it */
  form: ReactNode;
  children: ReactNode;
}

/** A supervisor's register and the form that adds to it: its filters, the last addition and a failure above it. */
export function RegisterWithForm({ filters, added, error, errorTestId, form, children }: Props) {
  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Space style={{ marginBottom: 12 }} wrap>
          {filters}
        </Space>
        {added && (
          <Alert
            type="success"
            showIcon
            closable
            style={{ marginBottom: 12 }}
            data-testid={added.testId}
            message={added.message}
          />
        )}
        {error && <Alert type="error" showIcon message={error} data-testid={errorTestId} />}
        {children}
      </Col>
      <Col xs={24} xl={8}>
        {form}
      </Col>
    </Row>
  );
}
