import { PartnerChannel, PartnerKind } from '@hotline/domain';

interface SeedPartner {
  code: string;
  name: string;
  kind: PartnerKind;
  channel: PartnerChannel;
  takesFromUs: string[];
  givesToUs: string[];
  ackTimeoutSeconds: number;
}

/** What 12345 hands to the emergency lines (Hebei agreed 8 categories one way; 119, 120 and 122 take their own part
 * of them since migration 1767410000003) ... */
const EMERGENCY_FROM_US = [
  '治安警情',
  '刑事案件',
  '交通事故',
  '火灾',
  '人身伤害',
  '危险化学品',
  '人员走失',
  '群体性事件',
];
/** ... and the non-emergency matters they hand back (19 the other way). */
const NON_EMERGENCY_TO_US = [
  '噪音扰民',
  '环境卫生',
  '市政设施',
  '物业纠纷',
  '劳动争议',
  '消费维权',
  '供水',
  '供电',
  '燃气',
  '通信',
  '交通设施',
  '城市管理',
  '医疗纠纷',
  '教育',
  '住房保障',
  '社会保障',
  '市场监管',
  '动物防疫',
  '其他非紧急求助',
];

const emergency = (code: string, name: string): SeedPartner => ({
  code,
  name,
  kind: 'emergency',
  channel: 'nats',
  takesFromUs: EMERGENCY_FROM_US,
  givesToUs: NON_EMERGENCY_TO_US,
  ackTimeoutSeconds: 30,
});
const utility = (code: string, name: string, category: string): SeedPartner => ({
  code,
  name,
  kind: 'utility',
  channel: 'https',
  takesFromUs: [category, `${category}抢修`],
  givesToUs: [`${category}服务投诉`],
  ackTimeoutSeconds: 300,
});
const branch = (code: string, name: string): SeedPartner => ({
  code,
  name,
  kind: 'branch',
  channel: 'https',
  takesFromUs: [],
  givesToUs: [],
  ackTimeoutSeconds: 600,
});

/** The partner registry as first installed (R10.1, R10.2); admins change it at /api/v1/partners. No keys yet. */
export const SEED_PARTNERS: SeedPartner[] = [
  emergency('110', '市公安局110指挥中心'),
  emergency('119', '市消防救援支队119指挥中心'),
  emergency('120', '市急救中心120'),
  emergency('122', '市公安局交警支队122'),
  utility('water', '供水服务热线', '供水'),
  utility('power', '国网供电服务热线95598', '供电'),
  utility('gas', '燃气服务热线', '燃气'),
  utility('telecom', '通信服务热线', '通信'),
  branch('12315', '市场监管12315分中心'),
  branch('12333', '人社12333分中心'),
  branch('12366', '税务12366分中心'),
];
