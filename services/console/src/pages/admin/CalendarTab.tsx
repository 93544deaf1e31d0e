import type { CalendarDayView, CalendarYearView } from '@hotline/contracts';
import { Alert, Button, Descriptions, Input, InputNumber, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, get, put } from '../../lib/api';
import { setSearch, useLocation } from '../../lib/router';

/** Load a State Council holiday notice (JSON) and see the year's working days. */
export function CalendarTab() {
  const { search } = useLocation();
  const year = Number(search.get('year') ?? new Date().getFullYear() + 1);
  const [view, setView] = useState<CalendarYearView>();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string>();
  const load = useCallback(
    () =>
      void get<CalendarYearView>(`/api/v1/calendar/${year}`).then(setView, (caught: Error) => setError(caught.message)),
    [year],
  );
  useEffect(load, [load]);
  const submit = async () => {
    setError(undefined);
    try {
      setView(await put<CalendarYearView>(`/api/v1/calendar/${year}`, JSON.parse(notice) as unknown));
    } catch (caught) {
      setError(
        caught instanceof ApiError ? `${caught.status}：${caught.message}` : `不是有效的 JSON：${String(caught)}`,
      );
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        年份{' '}
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(value) => value && setSearch({ year: String(value) })}
          data-testid="calendar-year"
        />
      </Space>
      {view && (
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label="工作日">
            <span data-testid="working-days">{view.workingDays}</span>
          </Descriptions.Item>
          <Descriptions.Item label="来源">
            <Tag color={view.published ? 'green' : 'orange'} data-testid="calendar-source">
              {view.published ? '国务院通知' : '法定节日推算（通知未发布）'}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="特殊日">{view.specialDays.length}</Descriptions.Item>
        </Descriptions>
      )}
      <Input.TextArea
        rows={6}
        value={notice}
        onChange={(event) => setNotice(event.target.value)}
        data-testid="calendar-notice"
        placeholder={
          '{"year": 2027, "document": "国办发明电〔2026〕…号", "holidays": [{"name": "元旦", "start": "2027-01-01", "end": "2027-01-03"}], "makeUpWorkdays": []}'
        }
      />
      {error && <Alert type="error" showIcon message={error} data-testid="calendar-error" />}
      <Button type="primary" onClick={() => void submit()} data-testid="calendar-load">
        载入节假日通知
      </Button>
      {view && (
        <Table<CalendarDayView>
          size="small"
          rowKey="date"
          dataSource={view.specialDays}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: '日期', dataIndex: 'date' },
            { title: '名称', dataIndex: 'name' },
            { title: '上班', dataIndex: 'working', render: (working: boolean) => (working ? '调休上班' : '放假') },
          ]}
        />
      )}
    </Space>
  );
}
