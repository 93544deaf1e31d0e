import type { TransferView } from '@hotline/contracts';
import { Alert, Button, Checkbox, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, failureText, get, post } from '../../lib/api';
import { shanghaiTime } from '../../lib/format';
import {
  REJECTION_CAUSE_NAMES,
  TRANSFER_STATUS_NAMES,
  TRANSFER_STATUS_TONES,
  transferSettled,
} from './transfer-status';

const POLL_MS = 2_000;

/**
 * R10.1: after the voice transfer, one click hands the incident to the partner line the emergency hint names; its
 * state is read back from the linkage service until the partner has answered.
 */
export function EmergencyTransfer({ workOrderId, partner }: { workOrderId: string; partner: string }) {
  const [transfer, setTransfer] = useState<TransferView>();
  const [shareCallback, setShareCallback] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!transfer || transferSettled(transfer.status)) return;
    const timer = setTimeout(() => {
      get<{ items: TransferView[] }>('/api/v1/linkage/transfers', { workOrderId }).then(
        (answer) => setTransfer(answer.items.find((item) => item.id === transfer.id) ?? transfer),
        () => setTransfer({ ...transfer }),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [transfer, workOrderId]);

  const send = async (attempt = 0): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setTransfer(await post<TransferView>(`/api/v1/work-orders/${workOrderId}/transfers`, { partner, shareCallback }));
      setBusy(false);
    } catch (caught) {
      // the linkage service reads the order a moment after it was recorded: ask again while it is not there yet
      if (caught instanceof ApiError && caught.status === 404 && attempt < 10) {
        setTimeout(() => void send(attempt + 1), 1_000);
        return;
      }
      setError(failureText(caught));
      setBusy(false);
    }
  };

  if (!transfer)
    return (
      <Space direction="vertical" size={4}>
        <Checkbox checked={shareCallback} onChange={(event) => setShareCallback(event.target.checked)}>
          来电人同意提供回拨号码
        </Checkbox>
        <Button danger type="primary" loading={busy} onClick={() => void send()} data-testid="emergency-transfer">
          一键移交 {partner}
        </Button>
        {error && <Alert type="error" showIcon message={error} data-testid="transfer-error" />}
      </Space>
    );
  return (
    <Alert
      type={TRANSFER_STATUS_TONES[transfer.status] ?? 'info'}
      showIcon
      data-testid="transfer-status"
      message={`已移交 ${transfer.partner}：${TRANSFER_STATUS_NAMES[transfer.status] ?? transfer.status}`}
      description={
        <>
          发送于 {shanghaiTime(transfer.sentAt)}，第 {transfer.attempts} 次发送
          {transfer.alertedAt && !transfer.acknowledgedAt && '；对方超时未确认，系统将继续重发'}
          {transfer.partnerReference && `；对方编号 ${transfer.partnerReference}`}
          {transfer.status === 'rejected' && `；拒收原因：${causeOf(transfer)}`}
        </>
      }
    />
  );
}

function causeOf({ cause, detail }: TransferView): string {
  const named = cause ? (REJECTION_CAUSE_NAMES[cause.replace(/^REJECTION_CAUSE_/, '')] ?? cause) : '';
  return [named, detail].filter(Boolean).join('，');
}
