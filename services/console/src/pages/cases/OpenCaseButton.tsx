import { Button } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { post } from '../../lib/api';
import { METHOD_OPTIONS, TRIGGER_OPTIONS } from './supervision-case';

/** The supervisor opens a case on a work order (R23.1), naming the source for triggers 4–8 and the limit (R23.2). */
export function OpenCaseButton({ workOrderId, onDone }: { workOrderId: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button danger data-testid="open-case" onClick={() => setOpen(true)}>
        督办
      </Button>
      {open && (
        <FormModal
          title="立案督办"
          fields={[
            {
              name: 'trigger',
              label: '督办情形（第二十三条）',
              kind: 'select',
              required: true,
              options: TRIGGER_OPTIONS,
            },
            { name: 'method', label: '督办方式', kind: 'select', required: true, options: METHOD_OPTIONS },
            { name: 'source', label: '来源（第4—8项须写明，如交办单位、报道）', kind: 'text' },
            { name: 'workingDays', label: '办理时限（工作日）', kind: 'number' },
          ]}
          submit={(values) => post('/api/v1/supervision-cases', { ...values, workOrderIds: [workOrderId] })}
          onClose={() => setOpen(false)}
          onDone={() => (setOpen(false), onDone())}
        />
      )}
    </>
  );
}
