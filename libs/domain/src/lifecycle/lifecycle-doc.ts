import {
  SUPERVISION_CASE_STATUS_NAMES,
  SUPERVISION_CASE_TRANSITIONS,
} from '../supervision/supervision-case-transitions';
import { REGULATION_TIME_LIMITS } from '../time-limits/time-limit-table';
import { type TransitionDefinition, WORK_ORDER_TRANSITIONS } from './lifecycle-transitions';
import { FINAL_STATUSES, WORK_ORDER_STATUS_NAMES, WORK_ORDER_STATUSES } from './work-order-status';

type AnyTransition = TransitionDefinition<string, string>;

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (items: readonly string[]) =>
  items.length === 0 ? '(new)' : items.map((item) => `\`${item}\``).join(', ');
const mermaidId = (status: string) => status.replace(/-/g, '_');

function transitionTable(transitions: readonly AnyTransition[]): string[] {
  return [
    '| step | from | to | who | requirement | article | what happens | refused (422) when |',
    '|---|---|---|---|---|---|---|---|',
    ...transitions
      .map((t) =>
        [
          `\`${t.event}\``,
          code(t.from),
          code(t.to),
          t.roles.join(', '),
          t.requirements.join(', '),
          t.article,
          cell(t.summary),
          cell(t.refusals.join('; ') || '—'),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
}

function stateDiagram(
  transitions: readonly AnyTransition[],
  names: Readonly<Record<string, string>>,
  finals: readonly string[],
): string[] {
  const lines = ['```mermaid', 'stateDiagram-v2'];
  for (const [status, name] of Object.entries(names)) lines.push(`  state "${status} ${name}" as ${mermaidId(status)}`);
  for (const t of transitions) {
    for (const to of t.to) {
      const sources = t.from.length === 0 ? ['[*]'] : t.from.map(mermaidId);
      for (const from of sources) lines.push(`  ${from} --> ${mermaidId(to)} : ${t.event}`);
    }
  }
  for (const status of finals) lines.push(`  ${mermaidId(status)} --> [*]`);
  lines.push('```');
  return lines;
}

function timeLimitTable(): string[] {
  return [
    '| limit | value | requirement | article | what | 规定原文 |',
    '|---|---|---|---|---|---|',
    ...REGULATION_TIME_LIMITS.map((rule) => {
      const value = `${rule.value} ${rule.unit === 'working-days' ? 'working day(s)' : 'time(s)'}`;
      const cells = [`\`${rule.key}\``, value, rule.requirement, rule.article, cell(rule.summary), cell(rule.text)];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

/** docs/lifecycle.md, printed from the machine itself (a unit test fails when the checked-in file drifts). */
export function renderLifecycleDocument(): string {
  return [
    '# Work-order lifecycle',
    '',
    '<!-- Generated from libs/domain/src',
    '     (WORK_ORDER_TRANSITIONS, SUPERVISION_CASE_TRANSITIONS, REGULATION_TIME_LIMITS).',
    '     Regenerate: node -r ./libs/domain/scripts/ts-register.cjs libs/domain/scripts/generate-lifecycle-doc.ts -->',
    '',
    'Each step names who may take it. A refused step is a typed error of `@hotline/domain`:',
    '`RoleNotAllowedError` (403: wrong role, or a unit that does not lead the work order),',
    '`IllegalTransitionError` (409: not allowed in the current state) and',
    '`RegulationViolationError` (422: a rule of the regulation refuses it; the error names the requirement).',
    '',
    'Deadlines are "N working days after X" (Civil Code Art. 201–203): the day of X is not counted and the',
    'period ends at 24:00 Beijing time of the Nth working day, stored as the instant 00:00 Beijing of the next day',
    'and shown as `YYYY-MM-DD 24:00 北京时间 (UTC+8)`.',
    '',
    '## States',
    '',
    '| state | 名称 | final |',
    '|---|---|---|',
    ...WORK_ORDER_STATUSES.map(
      (status) =>
        `| \`${status}\` | ${WORK_ORDER_STATUS_NAMES[status]} | ${FINAL_STATUSES.includes(status) ? 'yes' : ''} |`,
    ),
    '',
    '## Steps',
    '',
    ...transitionTable(WORK_ORDER_TRANSITIONS),
    '',
    ...stateDiagram(WORK_ORDER_TRANSITIONS, WORK_ORDER_STATUS_NAMES, FINAL_STATUSES),
    '',
    '## Supervision cases (督办, R23)',
    '',
    'A supervision case attaches to a work order (`workOrderId`) and runs beside its lifecycle.',
    '',
    ...transitionTable(SUPERVISION_CASE_TRANSITIONS),
    '',
    ...stateDiagram(SUPERVISION_CASE_TRANSITIONS, SUPERVISION_CASE_STATUS_NAMES, ['resolved']),
    '',
    '## Time limits',
    '',
    'A deployment may shorten values, never lengthen them (`TimeLimitPolicy.withOverrides`); every computed deadline',
    'records the value used, the regulation value and the source (`regulation` or `configuration`).',
    '',
    ...timeLimitTable(),
    '',
  ].join('\n');
}
