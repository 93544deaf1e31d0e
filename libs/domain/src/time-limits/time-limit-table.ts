import type { RequirementId } from '../errors/domain-error';

export const TIME_LIMIT_KEYS = [
  'sign',
  'return-window',
  'handling-consultation',
  'handling-other',
  'extension-max',
  'extension-count',
  'online-callback',
  'rehandling',
  'supervision-system',
  'supervision-other',
  'supervision-extension-max',
  'supervision-extension-count',
] as const;
export type TimeLimitKey = (typeof TIME_LIMIT_KEYS)[number];

export interface TimeLimitRule {
  readonly key: TimeLimitKey;
  readonly value: number;
  readonly unit: 'working-days' | 'times';
  readonly requirement: RequirementId;
  readonly article: string;
  readonly summary: string;
  /** the words of the regulation */
  readonly text: string;
}

/** Every time limit of 潭政办发〔2021〕28号, with its article. */
export const REGULATION_TIME_LIMITS: readonly TimeLimitRule[] = [
  {
    key: 'sign',
    value: 1,
    unit: 'working-days',
    requirement: 'R16.1',
    article: '第十六条',
    summary: 'sign for a dispatched work order',
    text: '承办单位在收到12345热线转办的工单后，应在1个工作日内进行签收',
  },
  {
    key: 'return-window',
    value: 2,
    unit: 'working-days',
    requirement: 'R16.2',
    article: '第十六条',
    summary: 'ask to return it, counted from signing; afterwards it counts as signed',
    text: '应自签收后2个工作日内申请退回，并附理由和依据。超过规定退回时限的，视为签收',
  },
  {
    key: 'handling-consultation',
    value: 3,
    unit: 'working-days',
    requirement: 'R17.1',
    article: '第十七条',
    summary: 'finish a consultation, counted from signing',
    text: '咨询类事项，自签收后3个工作日内办结',
  },
  {
    key: 'handling-other',
    value: 5,
    unit: 'working-days',
    requirement: 'R17.1',
    article: '第十七条',
    summary: 'finish a help request, complaint, report or suggestion, counted from signing',
    text: '求助、投诉、举报和建议意见类事项，自签收后5个工作日内办结',
  },
  {
    key: 'extension-max',
    value: 5,
    unit: 'working-days',
    requirement: 'R17.2',
    article: '第十七条',
    summary: 'longest extension of the handling limit, asked before it ends',
    text: '应当在规定期限届满前提出延期申请，原则上只能延期1次，一般不得超过5个工作日',
  },
  {
    key: 'extension-count',
    value: 1,
    unit: 'times',
    requirement: 'R17.2',
    article: '第十七条',
    summary: 'extensions of the handling limit',
    text: '原则上只能延期1次',
  },
  {
    key: 'online-callback',
    value: 1,
    unit: 'working-days',
    requirement: 'R15.2',
    article: '第十五条',
    summary: 'answer by three-way call or call back, with the caller’s consent',
    text: '可在取得诉求人同意后，通过三方通话、回拨电话等方式在1个工作日内进行答复',
  },
  {
    key: 'rehandling',
    value: 5,
    unit: 'working-days',
    requirement: 'R20.2',
    article: '第二十条',
    summary: "re-handling after a callback unsatisfied for the unit's reasons",
    text: '对因承办单位主观原因导致回访不满意的，发回承办单位重新办理，重办时限为5个工作日',
  },
  {
    key: 'supervision-system',
    value: 5,
    unit: 'working-days',
    requirement: 'R23.2',
    article: '第二十三条',
    summary: 'a supervision case by system',
    text: '系统督办事项办理时限不超过5个工作日',
  },
  {
    key: 'supervision-other',
    value: 10,
    unit: 'working-days',
    requirement: 'R23.2',
    article: '第二十三条',
    summary: 'a supervision case by phone, on site, letter or meeting',
    text: '其他方式督办事项办理时限不超过10个工作日',
  },
  {
    key: 'supervision-extension-max',
    value: 10,
    unit: 'working-days',
    requirement: 'R23.2',
    article: '第二十三条',
    summary: 'longest extension of a complex supervision case',
    text: '因情况复杂、问题特殊的督办事项，可申请延期一次，延长时限不得超过10个工作日',
  },
  {
    key: 'supervision-extension-count',
    value: 1,
    unit: 'times',
    requirement: 'R23.2',
    article: '第二十三条',
    summary: 'extensions of a supervision case',
    text: '可申请延期一次',
  },
];
