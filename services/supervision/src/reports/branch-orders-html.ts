import { BranchOrderMonthView } from '@hotline/contracts';

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** R10.2 the 通报's section of branch centres' orders, marked apart (they are already in the units' figures above). */
export function branchOrdersSection(rows: readonly BranchOrderMonthView[] | undefined): string {
  if (!rows || rows.length === 0) return '';
  const lines = rows.map(
    (row) =>
      `<tr><td>${escape(row.branch)}</td><td>${escape(row.unitId ?? '—')}</td><td>${row.received}</td><td>${row.completed}</td>` +
      `<td>${row.completedOnTime}</td><td>${row.completedLate + row.openOverdue}</td></tr>`,
  );
  return `<h2>六、分中心工单（纳入考核督办）</h2>
<table><tr><th>分中心</th><th>责任单位</th><th>受理</th><th>办结</th><th>按时办结</th><th>超期</th></tr>${lines.join('')}</table>
<p class="note">分中心（垂直部门分热线）工单已计入上表各单位与全市的受理、办结、按时办结与超期。</p>`;
}
