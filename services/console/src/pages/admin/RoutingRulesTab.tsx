import type { RoutingRuleView } from '@hotline/contracts';
import { Tag } from 'antd';
import { get, post } from '../../lib/api';
import { TYPE_NAMES } from '../../lib/format';
import { EditableList } from './EditableList';
import { LIST_HINT, onFlatFields, shownList, splitList } from './list-fields';

/** 派单规则: category × area → lead (+ co) units; the API adds rules (POST) and has no route to change one. */
export function RoutingRulesTab() {
  return (
    <EditableList<RoutingRuleView>
      testId="routing-rules"
      rowKey="id"
      load={() => get<{ items: RoutingRuleView[] }>('/api/v1/routing-rules')}
      create={{
        title: '新增派单规则',
        fields: [
          { name: 'name', label: '规则名称', kind: 'text', required: true },
          { name: 'categories', label: `分类${LIST_HINT}`, kind: 'text' },
          { name: 'districts', label: `区县${LIST_HINT}`, kind: 'text' },
          { name: 'streets', label: `街道/乡镇${LIST_HINT}`, kind: 'text' },
          {
            name: 'type',
            label: '诉求类型（不选为全部）',
            kind: 'select',
            options: Object.entries(TYPE_NAMES).map(([value, label]) => ({ value, label })),
          },
          { name: 'leadUnitId', label: '承办单位编码', kind: 'text', required: true },
          { name: 'coUnitIds', label: `协办单位编码${LIST_HINT}`, kind: 'text' },
          { name: 'priority', label: '优先级', kind: 'number' },
          { name: 'direct', label: '接诉即办（直派乡镇街道或市直部门）', kind: 'bool' },
        ],
        submit: ({ categories, districts, streets, type, coUnitIds, direct, ...rest }) =>
          onFlatFields(
            post('/api/v1/routing-rules', {
              ...rest,
              categories: splitList(categories),
              districts: splitList(districts),
              streets: splitList(streets),
              ...(type ? { types: [type] } : {}),
              coUnitIds: splitList(coUnitIds),
              direct: direct === true,
            }),
            { renamed: { types: 'type' } },
          ),
      }}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '分类', dataIndex: 'categories', render: shownList },
        { title: '区县', dataIndex: 'districts', render: shownList },
        {
          title: '类型',
          dataIndex: 'types',
          render: (types: string[]) => shownList(types.map((t) => TYPE_NAMES[t] ?? t)),
        },
        { title: '承办单位', dataIndex: 'leadUnitId' },
        { title: '协办单位', dataIndex: 'coUnitIds', render: shownList },
        { title: '优先级', dataIndex: 'priority' },
        {
          title: '接诉即办',
          dataIndex: 'direct',
          render: (direct: boolean) => (direct ? <Tag color="blue">是</Tag> : '否'),
        },
      ]}
    />
  );
}
