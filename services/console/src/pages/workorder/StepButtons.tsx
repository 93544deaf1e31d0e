import { Alert, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { post } from '../../lib/api';
import { FormModal } from '../../components/FormModal';
import { STEP_ACTIONS, type StepAction, type StepField } from './step-actions';

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
  const path = `/api/v1/work-orders/${workOrderId}/${action.path.replace('{rid}', `${workOrderId}:${version}`)}`;
  const [loaded, setLoaded] = useState<StepField[] | Error | undefined>(action.loadFields ? undefined : []);
  useEffect(() => {
    action.loadFields?.(workOrderId).then(setLoaded, (caught: Error) => setLoaded(caught));
  }, [action, workOrderId]);
  if (loaded instanceof Error)
    return <Alert type="error" showIcon message={`表单加载失败：${loaded.message}`} data-testid="step-error" />;
  if (!loaded) return null;
  return (
    <FormModal
      title={action.label}
      fields={[...loaded, ...action.fields]}
      submit={(filled) => post(path, { ...(action.complete ? action.complete(filled) : filled), ...action.fixed })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
