import type { DeadLetterView } from '@hotline/contracts';
import { Alert, Button, Select, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { failureText, get, post } from '../../lib/api';
import { shanghaiTime } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';

/** Messages a service gave up on, and replaying one through its handler. */
export function DeadLettersTab() {
  const { search } = useLocation();
  const service = search.get('service') ?? 'intake';
  const [services, setServices] = useState<string[]>([]);
  const [letters, setLetters] = useState<DeadLetterView[]>([]);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  useEffect(
    () =>
      void get<{ items: string[] }>('/api/v1/admin/services').then(
        (answer) => setServices(answer.items),
        () => undefined,
      ),
    [],
  );
  const load = useCallback(
    () =>
      void get<{ items: DeadLetterView[] }>(`/api/v1/admin/services/${service}/dead-letters`, {
        includeReplayed: true,
      }).then(
        (answer) => setLetters(answer.items),
        () => setLetters([]),
      ),
    [service],
  );
  useEffect(load, [load]);
  const replay = async (id: string) => {
    try {
      await post(`/api/v1/admin/services/${service}/dead-letters/${id}/replay`);
      setMessage({ type: 'success', text: `已重放 ${id}` });
      load();
    } catch (caught) {
      setMessage({
        type: 'error',
        text: failureText(caught),
      });
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        value={service}
        style={{ width: 200 }}
        onChange={(value: string) => setSearch({ service: value })}
        options={services.map((value) => ({ value, label: value }))}
        data-testid="dead-letter-service"
      />
      {message && <Alert type={message.type} message={message.text} data-testid="dead-letter-message" />}
      <Table<DeadLetterView>
        size="small"
        rowKey="id"
        dataSource={letters}
        data-testid="dead-letters"
        columns={[
          { title: '主题', dataIndex: 'subject' },
          { title: '原因', dataIndex: 'reason', render: (reason?: string) => (reason ?? '').slice(0, 80) },
          { title: '失败时间', dataIndex: 'createdAt', render: (value: string) => shanghaiTime(value) },
          {
            title: '重放',
            dataIndex: 'replayedAt',
            render: (value?: string | null) => (value ? shanghaiTime(value) : '—'),
          },
          {
            title: '',
            render: (_v, letter) => (
              <Button
                size="small"
                disabled={!!letter.replayedAt}
                onClick={() => void replay(letter.id)}
                data-testid="dead-letter-replay"
              >
                重放
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
