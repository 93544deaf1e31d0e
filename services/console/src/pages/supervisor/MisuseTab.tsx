import type { CallerMisuseSummary } from '@hotline/contracts';
import type { CallerMisuseKind } from '@hotline/domain';
import { Input, Select, Space, Tag, Typography } from 'antd';
import { PagedTable } from '../../components/PagedTable';
import { get, type Page } from '../../lib/api';
import { shanghaiTime } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';

export const MISUSE_KIND_TEXT: Record<CallerMisuseKind, string> = {
  'repeated-calls': '频繁重复来电',
  abuse: '辱骂',
  threat: '威胁',
  'long-occupation': '长时间占线',
};

const HASH = /^[0-9a-f]{64}$/;

/** 恶意来电 (Art. 27, R27.1): callers flagged for misuse, by the keyed hash of their phone, never the phone. */
export function MisuseTab() {
  const { search } = useLocation();
  const kind = (search.get('misuseKind') as CallerMisuseKind | null) ?? undefined;
  const callerHash = search.get('callerHash') ?? undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<CallerMisuseKind>
          allowClear
          placeholder="全部类型"
          style={{ width: 170 }}
          value={kind}
          data-testid="misuse-kind"
          onChange={(value) => setSearch({ misuseKind: value, cursor: undefined })}
          options={Object.entries(MISUSE_KIND_TEXT).map(([value, label]) => ({
            value: value as CallerMisuseKind,
            label,
          }))}
        />
        <Input.Search
          key={callerHash ?? ''}
          allowClear
          placeholder="来电人标识（64 位）"
          style={{ width: 420 }}
          defaultValue={callerHash}
          data-testid="misuse-caller"
          onSearch={(value) => setSearch({ callerHash: HASH.test(value.trim()) ? value.trim() : undefined })}
        />
        <Typography.Text type="secondary">来电人以号码的密钥哈希标识，不显示号码</Typography.Text>
      </Space>
      <PagedTable<CallerMisuseSummary & { key: string }>
        rowKey="key"
        testId="misuse-list"
        reloadKey={`${kind ?? ''}|${callerHash ?? ''}`}
        load={(cursor) =>
          get<Page<CallerMisuseSummary>>('/api/v1/callers/misuse', { kind, callerHash, cursor }).then((page) => ({
            ...page,
            items: page.items.map((item) => ({ ...item, key: `${item.callerHash}|${item.kind}` })),
          }))
        }
        columns={[
          {
            title: '来电人标识',
            render: (_v, item) => (
              <Typography.Text code copyable={{ text: item.callerHash }} title={item.callerHash}>
                <a onClick={() => setSearch({ callerHash: item.callerHash, cursor: undefined })}>
                  {item.callerHash.slice(0, 12)}…
                </a>
              </Typography.Text>
            ),
          },
          {
            title: '类型',
            render: (_v, item) => (
              <Tag color={item.kind === 'threat' ? 'red' : 'orange'}>{MISUSE_KIND_TEXT[item.kind] ?? item.kind}</Tag>
            ),
          },
          { title: '次数', dataIndex: 'count' },
          { title: '首次', render: (_v, item) => shanghaiTime(item.firstAt) },
          { title: '最近', render: (_v, item) => shanghaiTime(item.lastAt) },
        ]}
      />
    </Space>
  );
}
