import type { CallerView } from '@hotline/contracts';
import type { CallerReadReason } from '@hotline/domain';
import { Alert, Button, Card, Descriptions, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { ApiError, get } from '../../lib/api';

const REASONS: { value: CallerReadReason; label: string }[] = [
  { value: 'contact-caller', label: '联系来电人' },
  { value: 'verify-identity', label: '核实身份' },
  { value: 'callback', label: '回访' },
  { value: 'legal-request', label: '依法调取' },
];

/** The caller as the view shows it (masked for a unit); a clear read asks for a reason and is audited. */
export function CallerCard({ workOrderId, masked }: { workOrderId: string; masked?: CallerView }) {
  const [reason, setReason] = useState<CallerReadReason>();
  const [note, setNote] = useState('');
  const [clear, setClear] = useState<CallerView>();
  const [error, setError] = useState<string>();
  const read = async () => {
    setError(undefined);
    try {
      setClear(
        await get<CallerView>(`/api/v1/work-orders/${workOrderId}/caller`, { reason, note: note.trim() || undefined }),
      );
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? `${caught.status}：${caught.fieldMessage('reason') ?? caught.message}`
          : String(caught),
      );
    }
  };
  const shown = clear ?? masked;
  return (
    <Card size="small" title="来电人" style={{ marginBottom: 16 }} data-testid="caller">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="姓名">{shown?.anonymous ? '（匿名）' : (shown?.name ?? '—')}</Descriptions.Item>
        <Descriptions.Item label="电话">
          <span data-testid="caller-phone-shown">{shown?.phone ?? '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      {!clear && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            placeholder="查看原因（必填，留痕）"
            options={REASONS}
            value={reason}
            onChange={setReason}
            style={{ width: '100%' }}
            data-testid="caller-reason"
          />
          <Input placeholder="说明" value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
          <Button disabled={!reason} onClick={() => void read()} data-testid="caller-read">
            查看完整信息
          </Button>
          {error && <Alert type="error" message={error} data-testid="caller-error" />}
        </Space>
      )}
    </Card>
  );
}
