import { MonthlyReport, RankedUnitView, UnitMonthView } from '@hotline/contracts';
import { formatBeijing, isRequestType, REQUEST_TYPE_NAMES } from '@hotline/domain';
import { branchOrdersSection } from './branch-orders-html';
import { breakdownChart, rankingChart, trendChart } from './monthly-report-charts';

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
const days = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
const beijing = (iso: string) => formatBeijing(new Date(iso));
const typeName = (key: string | null) => (isRequestType(key) ? REQUEST_TYPE_NAMES[key].zh : (key ?? '未分类'));

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; color: #111; margin: 0; font-size: 10.5pt; }
.page { width: 186mm; margin: 0 auto; }
h1 { text-align: center; color: #c00; font-size: 20pt; letter-spacing: 2pt; margin: 4mm 0 1mm; }
.issuer { text-align: center; border-bottom: 2px solid #c00; padding-bottom: 2mm; margin-bottom: 3mm; }
.state { text-align: center; font-weight: bold; color: #c00; }
h2 { font-size: 12.5pt; border-left: 4px solid #c00; padding-left: 2mm; margin: 4mm 0 2mm; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; page-break-inside: auto; }
th, td { border: 1px solid #888; padding: 1mm 1.2mm; text-align: right; }
th { background: #f3f3f3; text-align: center; }
td:first-child { text-align: left; }
tr { page-break-inside: avoid; }
.charts { display: flex; flex-wrap: wrap; justify-content: space-between; }
.lists { display: flex; gap: 4mm; }
.lists > div { flex: 1; }
.red th { background: #fde2e2; } .black th { background: #ddd; }
.note { font-size: 8.5pt; color: #444; }
svg { max-width: 100%; height: auto; }`;

function unitRow(unit: UnitMonthView, name: string): string {
  const c = unit.counts;
  const r = unit.rates;
  return `<tr><td>${escape(name)}</td><td>${c.received}</td><td>${c.dispatched}</td><td>${c.returned}/${c.returnsApproved}</td>
<td>${pct(r.signedOnTimeRate)}</td><td>${c.completed}</td><td>${pct(r.completedOnTimeRate)}</td><td>${c.overdue}</td>
<td>${c.extensions}</td><td>${c.callbacks}</td><td>${pct(r.contactRate)}</td><td>${pct(r.satisfactionRate)}</td>
<td>${pct(r.rehandlingRate)}</td><td>${c.supervisionCases}</td><td>${days(unit.durations.medianWorkingDaysToComplete)}</td></tr>`;
}

function list(title: string, kind: string, units: RankedUnitView[]): string {
  const rows = units.map(
    (u) => `<tr><td>${u.rank}</td><td>${escape(u.unitId)}</td><td>${u.score.toFixed(2)}</td></tr>`,
  );
  return `<div class="${kind}"><h2>${title}</h2><table><tr><th>名次</th><th>单位</th><th>得分</th></tr>${rows.join('') || '<tr><td colspan="3">无</td></tr>'}</table></div>`;
}

/** R24.1 the printable 通报 (A4) with its charts rendered on the server as SVG, and the red and black lists. */
export function monthlyReportHtml(report: MonthlyReport): string {
  const [year, month] = report.month.split('-');
  const state =
    report.state === 'closed'
      ? `本月已截止，数据于 ${escape(beijing(report.frozenAt ?? report.generatedAt))} 固定`
      : `本月统计尚未截止（截至 ${escape(beijing(report.asOf))}），数据仍在变化`;
  const corrections = report.corrections.length
    ? `<p class="note">更正说明：截止后又收到 ${report.corrections.length} 条本月办理记录（如 ${report.corrections
        .slice(0, 5)
        .map((c) => `${escape(c.unitId ?? '—')} ${escape(c.step)} ${escape(beijing(c.at))}`)
        .join('；')}），上表数据未包含，将在次月通报中说明。</p>`
    : '';
  const c = report.city;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${year}年${Number(month)}月12345热线工作通报</title><style>${STYLE}</style></head>
<body><div class="page">
<h1>湘潭市12345政务服务便民热线工作通报</h1>
<div class="issuer">市热线信箱办 · ${year}年第${Number(month)}期（${year}年${Number(month)}月）</div>
<p class="state">${state}</p>
<h2>一、总体情况</h2>
<p>本月受理 ${c.counts.received} 件，转办 ${c.counts.dispatched} 件，办结 ${c.counts.completed} 件，按时签收率 ${pct(c.rates.signedOnTimeRate)}，
按时办结率 ${pct(c.rates.completedOnTimeRate)}（超期未办结 ${c.counts.openOverdue} 件计入），回访 ${c.counts.callbacks} 件，
满意率 ${pct(c.rates.satisfactionRate)}（申诉核减 ${c.counts.appealsExcluded} 件），重办率 ${pct(c.rates.rehandlingRate)}，督办 ${c.counts.supervisionCases} 件。
签收用时中位数 ${days(c.durations.medianWorkingDaysToSign)} 个工作日，办结用时中位数 ${days(c.durations.medianWorkingDaysToComplete)}、P90 ${days(c.durations.p90WorkingDaysToComplete)} 个工作日。</p>
<h2>二、近12个月趋势</h2>${trendChart(report)}
<h2>三、分类与区域</h2><div class="charts"><div>${breakdownChart(report.breakdowns.type, typeName)}<div class="note">按诉求类型</div></div>
<div>${breakdownChart(report.breakdowns.district, (key) => key ?? '未注明')}<div class="note">按区县</div></div></div>
<h2>四、单位考核排名</h2>${rankingChart(report)}
<div class="lists">${list('红榜', 'red', report.redList)}${list('黑榜', 'black', report.blackList)}</div>
<h2>五、各单位办理情况</h2>
<table><tr><th>单位</th><th>受理</th><th>转办</th><th>退回/通过</th><th>按时签收率</th><th>办结</th><th>按时办结率</th><th>超期</th>
<th>延期</th><th>回访</th><th>联系率</th><th>满意率</th><th>重办率</th><th>督办</th><th>办结中位（工作日）</th></tr>
${unitRow(report.city, '全市')}${report.units.map((unit) => unitRow(unit, unit.unitId ?? '—')).join('')}</table>
${branchOrdersSection(report.branchOrders)}
${corrections}
<p class="note">口径：月份按北京时间计；按时办结率 = 按时办结 ÷（办结 + 超期未办结）；满意率 = 满意（含基本满意）÷（回访 − 申诉核减）；用时按工作日历计，取中位数与第90百分位（${report.definitions.durationPrecision ?? '按毫秒计'}）。考核方法第 ${report.assessmentMethodVersion} 版。</p>
</div></body></html>`;
}
