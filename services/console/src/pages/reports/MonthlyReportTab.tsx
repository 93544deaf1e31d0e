import type { MonthlyReport, UnitMonthView } from '@hotline/contracts';
import { Alert, Button, Card, Col, Descriptions, Row, Select, Space, Spin, Statistic, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { failureText, get } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';
import { downloadDocument, openDocument } from '../../lib/download';
import { shanghaiTime, TYPE_NAMES } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';
import { useUnitNames } from '../../lib/unit-names';
import { BreakdownChart, RankingChart, TrendChart } from './ReportCharts';
import { DURATION_NAMES, percent, recentMonths } from './report-format';

const HEADLINE_COUNTS = ['received', 'completed', 'overdue', 'supervisionCases'];
const HEADLINE_RATES = ['signedOnTimeRate', 'completedOnTimeRate', 'satisfactionRate', 'rehandlingRate'];

function StateTag({ report }: { report: MonthlyReport }) {
  if (report.state === 'running')
    return (
      <Tag color="orange" data-testid="report-state">
        统计中：截至 {shanghaiTime(report.asOf)}，数据仍会变化
      </Tag>
    );
  if (report.state === 'future') return <Tag data-testid="report-state">尚未开始</Tag>;
  return (
    <Tag color="green" data-testid="report-state">
      已封账 {shanghaiTime(report.frozenAt)}
    </Tag>
  );
}

/** 月度通报 (R24.1): the city's figures, the trend, the ranking with its red and black lists, and the documents. */
export function MonthlyReportTab() {
  const { search } = useLocation();
  const months = recentMonths();
  const month = search.get('month') ?? months[0] ?? '';
  const [report, setReport] = useState<MonthlyReport>();
  const [error, setError] = useState<string>();
  const unitName = useUnitNames();
  useLatestAnswer(
    () => {
      setReport(undefined);
      return get<MonthlyReport>('/api/v1/reports/monthly', { month });
    },
    {
      answer: (answer) => {
        setReport(answer);
        setError(undefined);
      },
      failure: (caught) => setError(failureText(caught)),
    },
    [month],
  );
  const document = (format: 'csv' | 'html') => `/api/v1/reports/monthly?month=${month}&format=${format}`;
  const fail = (caught: unknown) => setError(String(caught));
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 140 }}
          value={month}
          data-testid="report-month"
          options={months.map((value) => ({ value, label: value }))}
          onChange={(value: string) => setSearch({ month: value })}
        />
        {report && <StateTag report={report} />}
        <Button data-testid="report-csv" onClick={() => void downloadDocument(document('csv')).catch(fail)}>
          导出 Excel（CSV）
        </Button>
        <Button data-testid="report-html" onClick={() => void openDocument(document('html')).catch(fail)}>
          打印通报
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {!report && !error && <Spin />}
      {report && <ReportBody report={report} unitName={unitName} />}
    </>
  );
}

function ReportBody({ report, unitName }: { report: MonthlyReport; unitName: (id: string | null) => string }) {
  const definition = new Map([...report.definitions.counts, ...report.definitions.rates].map((d) => [d.id, d]));
  const label = (id: string) => (
    <Tooltip title={`${definition.get(id)?.formula ?? ''}（${definition.get(id)?.requirement ?? ''}）`}>
      {definition.get(id)?.zh ?? id}
    </Tooltip>
  );
  return (
    <>
      <Row gutter={[12, 12]} data-testid="report-headline">
        {HEADLINE_COUNTS.map((id) => (
          <Col key={id} xs={12} md={6} lg={3}>
            <Card size="small">
              <Statistic title={label(id)} value={report.city.counts[id] ?? 0} />
            </Card>
          </Col>
        ))}
        {HEADLINE_RATES.map((id) => (
          <Col key={id} xs={12} md={6} lg={3}>
            <Card size="small">
              <Statistic title={label(id)} value={percent(report.city.rates[id])} />
            </Card>
          </Col>
        ))}
      </Row>
      {report.corrections.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          data-testid="report-corrections"
          message={`封账后又到达 ${report.corrections.length} 个步骤，未计入上列数字`}
        />
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card size="small" title="近12个月趋势">
            <TrendChart trend={report.trend} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={`单位考核排名（考核办法第 ${report.assessmentMethodVersion} 版）`}>
            <RankingChart scores={report.ranking.map((unit) => ({ name: unitName(unit.unitId), score: unit.score }))} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} md={12}>
          <Card size="small" title={<Tag color="red">红榜</Tag>}>
            <Ranked units={report.redList} unitName={unitName} testId="red-list" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={<Tag color="black">黑榜</Tag>}>
            <Ranked units={report.blackList} unitName={unitName} testId="black-list" />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} md={12}>
          <Card size="small" title="按类型">
            <BreakdownChart rows={report.breakdowns.type} names={TYPE_NAMES} testId="type-chart" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title="按区县">
            <BreakdownChart rows={report.breakdowns.district} testId="district-chart" />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="各单位指标" style={{ marginTop: 16 }}>
        <UnitFigures report={report} unitName={unitName} />
      </Card>
    </>
  );
}

function Ranked({
  units,
  unitName,
  testId,
}: {
  units: MonthlyReport['ranking'];
  unitName: (id: string | null) => string;
  testId: string;
}) {
  return (
    <Table
      size="small"
      data-testid={testId}
      rowKey="unitId"
      pagination={false}
      dataSource={units}
      columns={[
        { title: '名次', dataIndex: 'rank', width: 60 },
        { title: '单位', render: (_v, unit) => unitName(unit.unitId) },
        { title: '得分', dataIndex: 'score' },
      ]}
    />
  );
}

/** Every unit's counts, rates and durations, the city first; each column names its article in a tooltip. */
function UnitFigures({ report, unitName }: { report: MonthlyReport; unitName: (id: string | null) => string }) {
  const rows = [report.city, ...report.units];
  const counts = report.definitions.counts.map((definition) => ({
    title: <Tooltip title={definition.formula}>{definition.zh}</Tooltip>,
    key: definition.id,
    render: (_v: unknown, row: UnitMonthView) => row.counts[definition.id] ?? 0,
  }));
  const rates = report.definitions.rates.map((definition) => ({
    title: <Tooltip title={definition.formula}>{definition.zh}</Tooltip>,
    key: definition.id,
    render: (_v: unknown, row: UnitMonthView) => percent(row.rates[definition.id]),
  }));
  const durations = Object.entries(DURATION_NAMES).map(([id, name]) => ({
    title: name,
    key: id,
    render: (_v: unknown, row: UnitMonthView) => row.durations[id] ?? '—',
  }));
  return (
    <>
      <Table<UnitMonthView>
        size="small"
        data-testid="unit-figures"
        rowKey={(row) => row.unitId ?? 'city'}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '单位', fixed: 'left', render: (_v, row) => unitName(row.unitId) },
          ...counts,
          ...rates,
          ...durations,
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label="口径">
          用时为中位数与第90百分位，按工作日计；满意率不含申诉核减（R20.3）；超期未办结计入按时办结率的分母。
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
