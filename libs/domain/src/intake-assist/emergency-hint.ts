import { EMERGENCY_DESTINATIONS, EmergencyCategory, EmergencyDestination } from '../reference/emergency-destinations';

export type EmergencyLine = '110' | '119' | '120' | '122';
export type EmergencyKind = 'fire' | 'medical' | 'crime' | 'traffic-accident';

export interface EmergencyRule {
  readonly kind: EmergencyKind;
  readonly line: EmergencyLine;
  readonly lineName: string;
  /** R15.4: where such an event goes in the city once the emergency line has it. */
  readonly category: EmergencyCategory;
  readonly keywords: readonly string[];
}

/** R13.2 keywords of likely emergencies; R13.1 reason 5 sends these to 110/119/120/122. */
export const EMERGENCY_RULES: readonly EmergencyRule[] = [
  {
    kind: 'fire',
    line: '119',
    lineName: '火警',
    category: 'disaster-or-accident',
    keywords: [
      '着火',
      '起火',
      '失火',
      '火灾',
      '大火',
      '火势',
      '冒烟',
      '浓烟',
      '燃烧',
      '爆炸',
      '燃气泄漏',
      '煤气泄漏',
      '天然气泄漏',
    ],
  },
  {
    kind: 'medical',
    line: '120',
    lineName: '急救',
    category: 'emergency-linkage',
    keywords: [
      '受伤',
      '流血',
      '出血',
      '昏迷',
      '晕倒',
      '休克',
      '抽搐',
      '呼吸困难',
      '心脏骤停',
      '不省人事',
      '中毒',
      '骨折',
      '急救',
      '救护车',
    ],
  },
  {
    kind: 'crime',
    line: '110',
    lineName: '报警',
    category: 'social-security',
    keywords: [
      '抢劫',
      '抢夺',
      '持刀',
      '砍人',
      '行凶',
      '杀人',
      '绑架',
      '斗殴',
      '打架',
      '打人',
      '入室',
      '正在偷',
      '小偷',
      '盗窃',
      '强奸',
      '劫持',
    ],
  },
  {
    kind: 'traffic-accident',
    line: '122',
    lineName: '交通事故报警',
    category: 'disaster-or-accident',
    keywords: ['车祸', '交通事故', '撞车', '追尾', '翻车', '撞人', '被车撞', '肇事'],
  },
];

export interface EmergencyHint {
  readonly kind: EmergencyKind;
  /** The line to transfer the caller to (R13.1 reason 5: transferred, not turned away). */
  readonly transferTo: EmergencyLine;
  readonly lineName: string;
  readonly matched: readonly string[];
  readonly destination: EmergencyDestination;
}

export interface EmergencyAssessment {
  readonly likely: boolean;
  /** Strongest first: the rule with most matched keywords. */
  readonly hints: readonly EmergencyHint[];
  readonly suggestedReasonCode?: 5;
}

/** R13.2: flags a request whose text reads like an emergency, with the line to transfer it to. */
export function detectEmergency(text: string, rules: readonly EmergencyRule[] = EMERGENCY_RULES): EmergencyAssessment {
  const compact = text.replace(/\s+/g, '');
  const hints = rules
    .map((rule) => ({ rule, matched: rule.keywords.filter((keyword) => compact.includes(keyword)) }))
    .filter(({ matched }) => matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length)
    .map(({ rule, matched }) => ({
      kind: rule.kind,
      transferTo: rule.line,
      lineName: rule.lineName,
      matched,
      destination: EMERGENCY_DESTINATIONS[rule.category],
    }));
  return hints.length > 0 ? { likely: true, hints, suggestedReasonCode: 5 } : { likely: false, hints };
}
