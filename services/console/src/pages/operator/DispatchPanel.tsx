import type { SuggestionView, UnitView } from '@hotline/contracts';
import { Alert, Button, Card, Descriptions, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, failureText, get, post } from '../../lib/api';
import { STATUS_NAMES } from '../../lib/format';
import { Link } from '../../components/Link';
import type { Recorded } from '../OperatorPage';

type Unit = Pick<UnitView, 'id' | 'name'>;

/** The recorded work order: the routing suggestion and the rule that made it, or a unit chosen by hand. */
export function DispatchPanel({ recorded, onDone }: { recorded: Recorded; onDone: () => void }) {
  const order = recorded.workOrder;
  const [suggestion, setSuggestion] = useState<SuggestionView>();
  const [units, setUnits] = useState<Unit[]>([]);
  const [lead, setLead] = useState<string>();
  const [status, setStatus] = useState(order?.status);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!order) return;
    // dispatch learns of the new order from intake's event a moment after it is recorded: ask again until it has
    let cancelled = false;
    const ask = (attempt: number) =>
      get<SuggestionView>(`/api/v1/work-orders/${order.id}/suggestion`).then(
        (answer) => !cancelled && setSuggestion(answer),
        (caught: unknown) => {
          const waiting = caught instanceof ApiError && (caught.status === 404 || caught.status === 409);
          if (waiting && attempt < 20 && !cancelled) setTimeout(() => void ask(attempt + 1), 500);
        },
      );
    void ask(0);
    get<{ items: Unit[] }>('/api/v1/units').then(
      (answer) => setUnits(answer.items),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [order]);
  if (!order)
    return (
      <Alert
        style={{ marginTop: 16 }}
        type="success"
        message={`已登记：${recorded.outcome}`}
        action={<Button onClick={onDone}>下一个</Button>}
      />
    );
  const dispatch = async (body: object) => {
    setError(undefined);
    try {
      setStatus((await post<{ status: string }>(`/api/v1/work-orders/${order.id}/dispatch`, body)).status);
    } catch (caught) {
      setError(failureText(caught));
    }
  };
  const unitName = (id?: string) => units.find((unit) => unit.id === id)?.name ?? id;
  return (
    <Card title="派单" style={{ marginTop: 16 }} data-testid="dispatch-panel">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="工单号">
          <Link to={`/orders/${order.id}`} testId="recorded-number">
            {order.number}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag data-testid="recorded-status">{STATUS_NAMES[status ?? ''] ?? status}</Tag>
        </Descriptions.Item>
      </Descriptions>
      {suggestion && (
        <Alert
          type={suggestion.found ? 'info' : 'warning'}
          data-testid="routing-suggestion"
          message={suggestion.found ? `建议承办：${unitName(suggestion.leadUnitId)}` : '无派单建议'}
          description={
            <>
              {suggestion.explanation}
              {suggestion.found && suggestion.basis.kind === 'rule' && (
                <Typography.Text type="secondary">（规则：{suggestion.basis.ruleName}）</Typography.Text>
              )}
            </>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="dispatch-error" />
      )}
      {status === 'awaiting-dispatch' ? (
        <Space wrap>
          {suggestion?.found && (
            <Button
              type="primary"
              data-testid="dispatch-suggested"
              onClick={() => void dispatch({ useSuggestion: true })}
            >
              按建议派单
            </Button>
          )}
          <Select
            showSearch
            data-testid="dispatch-unit"
            placeholder="选择承办单位"
            style={{ width: 260 }}
            value={lead}
            onChange={setLead}
            optionFilterProp="label"
            options={units.map((unit) => ({ value: unit.id, label: `${unit.name}（${unit.id}）` }))}
          />
          <Button disabled={!lead} data-testid="dispatch-chosen" onClick={() => void dispatch({ leadUnitId: lead })}>
            派给所选单位
          </Button>
        </Space>
      ) : (
        <Button onClick={onDone} data-testid="next-call">
          受理下一个
        </Button>
      )}
    </Card>
  );
}
