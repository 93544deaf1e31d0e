import type { PartnerView } from '@hotline/contracts';
import { Tag } from 'antd';
import type { FormField } from '../../components/FormModal';
import { get, post, put } from '../../lib/api';
import { EditableList } from './EditableList';
import { joinList, LIST_HINT, onFlatFields, shownList, splitList } from './list-fields';

const PARTNER_KIND_NAMES: Record<string, string> = {
  emergency: '紧急热线（110/119/120/122）',
  utility: '公共事业热线',
  branch: '分中心',
};
const CHANNEL_NAMES: Record<string, string> = { nats: '消息总线（NATS）', https: 'HTTPS 签名报文' };
const options = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));

function partnerFields(partner?: PartnerView): FormField[] {
  return [
    ...(partner ? [] : [{ name: 'code', label: '编码（如 110）', kind: 'text' as const, required: true }]),
    { name: 'name', label: '名称', kind: 'text', required: true, initial: partner?.name },
    {
      name: 'kind',
      label: '类型',
      kind: 'select',
      required: true,
      initial: partner?.kind,
      options: options(PARTNER_KIND_NAMES),
    },
    {
      name: 'channel',
      label: '通道',
      kind: 'select',
      required: true,
      initial: partner?.channel ?? 'nats',
      options: options(CHANNEL_NAMES),
    },
    {
      name: 'takesFromUs',
      label: `我方移交的类别${LIST_HINT}`,
      kind: 'text',
      initial: joinList(partner?.takesFromUs),
    },
    { name: 'givesToUs', label: `对方移交的类别${LIST_HINT}`, kind: 'text', initial: joinList(partner?.givesToUs) },
    {
      name: 'ackTimeoutSeconds',
      label: '确认超时（秒）',
      kind: 'number',
      required: true,
      initial: partner?.ackTimeoutSeconds ?? 60,
    },
    { name: 'enabled', label: '启用', kind: 'bool', initial: partner?.enabled ?? true },
  ];
}

const partnerBody = ({ takesFromUs, givesToUs, enabled, ...rest }: Record<string, unknown>) => ({
  ...rest,
  takesFromUs: splitList(takesFromUs),
  givesToUs: splitList(givesToUs),
  enabled: enabled === true,
});

/** 联动单位: the partner registry (R10); keys are given to partners outside the console. */
export function PartnersTab() {
  return (
    <EditableList<PartnerView>
      testId="partners"
      rowKey="code"
      load={() => get<{ items: PartnerView[] }>('/api/v1/partners')}
      create={{
        title: '新增联动单位',
        fields: partnerFields(),
        submit: (values) => onFlatFields(post('/api/v1/partners', partnerBody(values))),
      }}
      edit={(partner) => ({
        title: `编辑联动单位：${partner.name}`,
        fields: partnerFields(partner),
        submit: (values) =>
          onFlatFields(put(`/api/v1/partners/${encodeURIComponent(partner.code)}`, partnerBody(values))),
      })}
      columns={[
        { title: '编码', dataIndex: 'code' },
        { title: '名称', dataIndex: 'name' },
        { title: '类型', dataIndex: 'kind', render: (kind: string) => PARTNER_KIND_NAMES[kind] ?? kind },
        { title: '我方移交', dataIndex: 'takesFromUs', render: shownList },
        { title: '确认超时（秒）', dataIndex: 'ackTimeoutSeconds' },
        {
          title: '状态',
          dataIndex: 'enabled',
          render: (enabled: boolean) => (enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
        },
      ]}
    />
  );
}
