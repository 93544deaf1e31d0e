import type { ReturnView, SuggestionView, UnitView } from '@hotline/contracts';
import { get } from '../../lib/api';
import type { FormField } from '../../components/FormModal';

type Unit = Pick<UnitView, 'id' | 'name'>;

/**
 * R16.3: the unit an approved return re-dispatches the order to. Left blank, the API routes it again without the
 * returning unit; the routing suggestion is offered first unless it names the unit that returned it.
 */
export async function redispatchUnitField(workOrderId: string): Promise<FormField> {
  const [units, suggestion, returns] = await Promise.all([
    get<{ items: Unit[] }>('/api/v1/units').then((answer) => answer.items),
    get<SuggestionView>(`/api/v1/work-orders/${workOrderId}/suggestion`).catch(() => undefined),
    get<{ items: ReturnView[] }>(`/api/v1/work-orders/${workOrderId}/returns`).then(
      (answer) => answer.items,
      () => [],
    ),
  ]);
  const returning = returns.find((request) => !request.decision)?.unitId;
  const suggested = suggestion?.found && suggestion.leadUnitId !== returning ? suggestion.leadUnitId : undefined;
  return {
    name: 'leadUnitId',
    label: '重新派给',
    kind: 'select',
    searchable: true,
    placeholder: '不选则按派单建议（不含退回单位）',
    options: units.map((unit) => ({
      value: unit.id,
      label: `${unit.name}（${unit.id}）${unit.id === returning ? ' · 申请退回的单位' : ''}`,
    })),
    ...(suggested ? { initial: suggested, help: `派单建议：${suggestion?.explanation ?? suggested}` } : {}),
  };
}
