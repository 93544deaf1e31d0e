import type { UnitView } from '@hotline/contracts';
import { Tag } from 'antd';
import type { FormField } from '../../components/FormModal';
import { get, post, put } from '../../lib/api';
import { EditableList } from './EditableList';
import { joinList, LIST_HINT, onFlatFields, shownList, splitList } from './list-fields';

const UNIT_KIND_NAMES: Record<string, string> = {
  municipal: '市直部门',
  district: '县市区、园区',
  township: '乡镇、街道',
  enterprise: '公共企事业单位',
};

function unitFields(unit?: UnitView): FormField[] {
  return [
    ...(unit ? [] : [{ name: 'id', label: '编码（如 xt-yuhu）', kind: 'text' as const, required: true }]),
    { name: 'name', label: '名称', kind: 'text', required: true, initial: unit?.name },
    {
      name: 'kind',
      label: '类型',
      kind: 'select',
      required: true,
      initial: unit?.kind,
      options: Object.entries(UNIT_KIND_NAMES).map(([value, label]) => ({ value, label })),
    },
    { name: 'parentId', label: '上级单位编码', kind: 'text', initial: unit?.parentId },
    { name: 'dutyPhone', label: '值班电话', kind: 'text', initial: unit?.contacts.dutyPhone },
    { name: 'areas', label: `负责区域${LIST_HINT}`, kind: 'text', initial: joinList(unit?.areas) },
    { name: 'categories', label: `负责分类${LIST_HINT}`, kind: 'text', initial: joinList(unit?.categories) },
    { name: 'active', label: '启用', kind: 'bool', initial: unit?.active ?? true },
  ];
}

/** The form's values as the API's unit; what the form does not show (contacts, emergency duties) is kept. */
function unitBody(values: Record<string, unknown>, id: string, unit?: UnitView) {
  const { dutyPhone, areas, categories, active, ...rest } = values;
  return {
    ...rest,
    id,
    areas: splitList(areas),
    categories: splitList(categories),
    contacts: { ...(unit?.contacts ?? {}), dutyPhone: dutyPhone === undefined ? undefined : String(dutyPhone) },
    ...(unit ? { emergencyCategories: unit.emergencyCategories } : {}),
    active: active === true,
  };
}

/** 单位: the directory, with units added and changed (POST/PUT /api/v1/units). */
export function UnitsTab() {
  return (
    <EditableList<UnitView>
      testId="units"
      rowKey="id"
      load={() => get<{ items: UnitView[] }>('/api/v1/units')}
      create={{
        title: '新增单位',
        fields: unitFields(),
        submit: (values) =>
          onFlatFields(post('/api/v1/units', unitBody(values, String(values['id'] ?? ''))), { nested: ['contacts'] }),
      }}
      edit={(unit) => ({
        title: `编辑单位：${unit.name}`,
        fields: unitFields(unit),
        submit: (values) =>
          onFlatFields(put(`/api/v1/units/${encodeURIComponent(unit.id)}`, unitBody(values, unit.id, unit)), {
            nested: ['contacts'],
          }),
      })}
      columns={[
        { title: '编码', dataIndex: 'id' },
        { title: '名称', dataIndex: 'name' },
        { title: '类型', dataIndex: 'kind', render: (kind: string) => UNIT_KIND_NAMES[kind] ?? kind },
        { title: '负责区域', dataIndex: 'areas', render: shownList },
        { title: '负责分类', dataIndex: 'categories', render: shownList },
        {
          title: '状态',
          dataIndex: 'active',
          render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
        },
      ]}
    />
  );
}
