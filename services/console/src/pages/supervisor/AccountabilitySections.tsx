import type {
  AccountabilityRegister,
  CallerReadAnomalies,
  KnowledgeReminderView,
  RecordedAccountabilityView,
  RefusedReturnView,
  ReplyContradictionView,
  UnhandledAfterSupervisionView,
} from '@hotline/contracts';
import { Alert, Badge, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from '../../components/Link';
import { shanghaiTime, STATUS_NAMES } from '../../lib/format';

/** The items of Art. 26 in the article's words, shortened; in brackets, the evidence the register shows for it. */
export const ARTICLE_26_ITEMS: Record<number, string> = {
  1: '对法定职责内的诉求事项拒不接受（退回申请经审核驳回）',
  2: '应办未办，经督办仍未办理',
  3: '回复结果与实际处理情况不一致，弄虚作假（回访与答复不符）',
  4: '服务态度生硬、作风粗暴，未按热线规定办理',
  5: '违反规定泄露个人隐私（诉求人信息查阅审计）',
  6: '知识库信息上传不全、更新不及时或经催办后仍不配合',
  7: '滥用职权、玩忽职守、徇私舞弊等其他情形',
};

const CHINESE_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七'];
export const itemHeading = (item: number) => `第二十六条第（${CHINESE_NUMBERS[item]}）项 ${ARTICLE_26_ITEMS[item]}`;

const CASE_STATUS: Record<string, string> = { open: '督办中', escalated: '已提请督查', resolved: '已办结' };
const SATISFACTION: Record<string, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  unsatisfied: '不满意',
};
const OUTCOME: Record<string, string> = { solved: '已解决', plan: '列入计划', 'not-possible': '无法解决' };
const CONTRADICTION: Record<string, string> = { contact: '联系情况不符', outcome: '办理结果不符' };

/** the reads the audit questions: bursts, reads outside working hours, reads of orders not being worked on */
const anomaliesOf = (unit: CallerReadAnomalies) =>
  unit.bursts.length + unit.outsideWorkingHours.length + unit.ofOrdersNotWorkedOn.length;

const orderLink = (id?: string | null) => (id ? <Link to={`/orders/${id}`}>{id.slice(0, 8)}</Link> : '—');

function RegisterSection<T extends object>(props: {
  item: number;
  total: number;
  items: T[];
  columns: ColumnsType<T>;
  rowKey: (row: T) => string;
  extra?: ReactNode;
  /** the API cut the list (by default: it holds fewer items than the total) */
  truncated?: boolean;
}) {
  return (
    <Card
      size="small"
      data-testid={`accountability-item-${props.item}`}
      title={
        <Space>
          {itemHeading(props.item)}
          <Badge count={props.total} showZero color={props.total > 0 ? 'red' : 'grey'} />
        </Space>
      }
    >
      {props.extra}
      {props.items.length > 0 ? (
        <Table<T>
          size="small"
          rowKey={props.rowKey}
          dataSource={props.items}
          columns={props.columns}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      ) : (
        <Typography.Text type="secondary">本月无</Typography.Text>
      )}
      {(props.truncated ?? props.total > props.items.length) && (
        <Typography.Text type="warning">只列出前 {props.items.length} 条</Typography.Text>
      )}
    </Card>
  );
}

const recordedColumns: ColumnsType<RecordedAccountabilityView> = [
  { title: '单位', dataIndex: 'unitId' },
  { title: '工单', render: (_v, row) => orderLink(row.workOrderId) },
  { title: '发生于', render: (_v, row) => shanghaiTime(row.occurredAt) },
  { title: '情况', dataIndex: 'description' },
  {
    title: '证据',
    render: (_v, row) => (
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {row.evidence.map((evidence, index) => (
          <li key={index}>{evidence}</li>
        ))}
      </ul>
    ),
  },
  { title: '记录人', dataIndex: 'recordedBy' },
  { title: '记录于', render: (_v, row) => shanghaiTime(row.recordedAt) },
];

/** The month's evidence, one card per item of Art. 26. */
export function AccountabilitySections({ register }: { register: AccountabilityRegister }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="accountability-register">
      <RegisterSection<RefusedReturnView>
        item={1}
        {...register.refusedReturns}
        rowKey={(row) => `${row.workOrderId}-${row.refusedAt}`}
        columns={[
          { title: '工单', render: (_v, row) => orderLink(row.workOrderId) },
          { title: '单位', dataIndex: 'unitId' },
          { title: '退回理由', dataIndex: 'reason' },
          { title: '依据', dataIndex: 'basis' },
          { title: '申请于', render: (_v, row) => shanghaiTime(row.requestedAt) },
          { title: '驳回于', render: (_v, row) => shanghaiTime(row.refusedAt) },
          { title: '审核人', dataIndex: 'refusedBy' },
          { title: '审核意见', render: (_v, row) => row.comment ?? '—' },
        ]}
      />
      <RegisterSection<UnhandledAfterSupervisionView>
        item={2}
        {...register.unhandledAfterSupervision}
        rowKey={(row) => `${row.workOrderId}-${row.caseId}`}
        columns={[
          { title: '工单', render: (_v, row) => orderLink(row.workOrderId) },
          { title: '单位', render: (_v, row) => row.unitId ?? '—' },
          { title: '工单状态', render: (_v, row) => STATUS_NAMES[row.workOrderStatus] ?? row.workOrderStatus },
          { title: '督办件', render: (_v, row) => CASE_STATUS[row.caseStatus] ?? row.caseStatus },
          { title: '督办情形', render: (_v, row) => `第 ${row.trigger} 种` },
          { title: '立案', render: (_v, row) => shanghaiTime(row.openedAt) },
          { title: '结案', render: (_v, row) => shanghaiTime(row.closedAt) },
        ]}
      />
      <RegisterSection<ReplyContradictionView>
        item={3}
        {...register.replyContradictions}
        rowKey={(row) => row.workOrderId}
        columns={[
          { title: '工单', render: (_v, row) => orderLink(row.workOrderId) },
          { title: '单位', dataIndex: 'unitId' },
          {
            title: '不一致',
            render: (_v, row) =>
              row.kinds.map((kind) => (
                <Tag key={kind} color="red">
                  {CONTRADICTION[kind]}
                </Tag>
              )),
          },
          {
            title: '单位回复',
            render: (_v, row) =>
              `${OUTCOME[row.reply.outcome] ?? row.reply.outcome}，${row.reply.callerContacted ? '称已联系' : '未联系'}`,
          },
          {
            title: '回访',
            render: (_v, row) =>
              `${SATISFACTION[row.callback.satisfaction] ?? row.callback.satisfaction}，${row.callback.contacted ? '曾被联系' : '未被联系'}`,
          },
        ]}
      />
      <RegisterSection<RecordedAccountabilityView>
        item={4}
        {...register.serviceConduct}
        rowKey={(row) => row.id}
        columns={recordedColumns}
      />
      <RegisterSection<CallerReadAnomalies>
        item={5}
        total={register.callerReads.units.reduce((sum, unit) => sum + anomaliesOf(unit), 0)}
        items={register.callerReads.units.filter((unit) => anomaliesOf(unit) > 0)}
        truncated={register.callerReads.units.some((unit) => unit.truncated)}
        rowKey={(row) => row.unitId}
        extra={
          !register.callerReads.available && (
            <Alert type="warning" showIcon message="受理服务未应答，查阅记录暂缺" style={{ marginBottom: 8 }} />
          )
        }
        columns={[
          { title: '单位', dataIndex: 'unitId' },
          { title: '明文查阅', dataIndex: 'reads' },
          { title: '集中查阅', render: (_v, row) => row.bursts.length },
          { title: '非工作时间', render: (_v, row) => row.outsideWorkingHours.length },
          { title: '非办理中工单', render: (_v, row) => row.ofOrdersNotWorkedOn.length },
        ]}
      />
      <RegisterSection<KnowledgeReminderView>
        item={6}
        {...register.staleKnowledge}
        rowKey={(row) => row.id}
        columns={[
          { title: '单位', dataIndex: 'unitId' },
          { title: '知识条目', dataIndex: 'title' },
          { title: '应复核日', dataIndex: 'reviewBy' },
          { title: '逾期天数', dataIndex: 'daysOverdue' },
          { title: '催办于', render: (_v, row) => shanghaiTime(row.remindedAt) },
        ]}
      />
      <RegisterSection<RecordedAccountabilityView>
        item={7}
        {...register.otherMisconduct}
        rowKey={(row) => row.id}
        columns={recordedColumns}
      />
    </Space>
  );
}
