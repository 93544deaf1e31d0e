import { Card } from 'antd';
import { useState } from 'react';
import type { Role } from '../../lib/session';
import { CaseTable } from './CaseTable';
import { OpenCaseButton } from './OpenCaseButton';

/** The supervision cases on one work order, where its unit answers them and the supervisor opens one. */
export function WorkOrderCases({
  workOrderId,
  role,
  onChanged,
}: {
  workOrderId: string;
  role: Role;
  onChanged: () => void;
}) {
  const [opened, setOpened] = useState(0);
  const afterOpening = () => {
    setOpened((count) => count + 1);
    onChanged();
  };
  return (
    <Card
      size="small"
      title="督办"
      style={{ marginTop: 16 }}
      extra={role === 'supervisor' ? <OpenCaseButton workOrderId={workOrderId} onDone={afterOpening} /> : undefined}
    >
      <CaseTable key={opened} role={role} filters={{ workOrderId }} testId="order-cases" cursorParam="caseCursor" />
    </Card>
  );
}
