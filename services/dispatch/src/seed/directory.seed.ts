import { EmergencyCategory, UnitKind } from '@hotline/domain';
import { RoutingRuleRecord } from '../routing/routing-rule.entity';

export interface SeedUnit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  areas: string[];
  categories: string[];
  emergencyCategories?: EmergencyCategory[];
}

const CITY = ['湘潭市'];

/** 市直部门: the four R15.4 destinations first, then the bureaus that take most work orders. */
const MUNICIPAL: SeedUnit[] = [
  {
    id: 'xt-yjj',
    name: '市应急管理局',
    kind: 'municipal',
    areas: CITY,
    categories: ['安全生产', '防汛抗旱', '森林防火'],
    emergencyCategories: ['disaster-or-accident'],
  },
  {
    id: 'xt-wjw',
    name: '市卫生健康委员会',
    kind: 'municipal',
    areas: CITY,
    categories: ['医疗服务', '医患纠纷', '疫苗接种'],
    emergencyCategories: ['public-health'],
  },
  {
    id: 'xt-gaj',
    name: '市公安局',
    kind: 'municipal',
    areas: CITY,
    categories: ['户籍', '治安管理', '出入境'],
    emergencyCategories: ['social-security'],
  },
  {
    id: 'xt-yjld',
    name: '市应急联动指挥中心',
    kind: 'municipal',
    areas: CITY,
    categories: [],
    emergencyCategories: ['emergency-linkage'],
  },
  {
    id: 'xt-cgj',
    name: '市城市管理和综合执法局',
    kind: 'municipal',
    areas: CITY,
    categories: ['路灯', '违章建筑', '渣土运输', '市容环境'],
  },
  {
    id: 'xt-zjj',
    name: '市住房和城乡建设局',
    kind: 'municipal',
    areas: CITY,
    categories: ['物业管理', '房屋质量', '建筑施工'],
  },
  {
    id: 'xt-rsj',
    name: '市人力资源和社会保障局',
    kind: 'municipal',
    areas: CITY,
    categories: ['社保', '欠薪', '劳动纠纷', '就业'],
  },
  { id: 'xt-jyj', name: '市教育局', kind: 'municipal', areas: CITY, categories: ['入学', '教育收费', '校外培训'] },
  {
    id: 'xt-scjgj',
    name: '市市场监督管理局',
    kind: 'municipal',
    areas: CITY,
    categories: ['食品安全', '消费维权', '价格', '特种设备'],
  },
  {
    id: 'xt-sthjj',
    name: '市生态环境局',
    kind: 'municipal',
    areas: CITY,
    categories: ['环境污染', '工业噪音', '餐饮油烟'],
  },
  {
    id: 'xt-zrzyj',
    name: '市自然资源和规划局',
    kind: 'municipal',
    areas: CITY,
    categories: ['不动产登记', '土地', '规划'],
  },
  { id: 'xt-jtj', name: '市交通运输局', kind: 'municipal', areas: CITY, categories: ['出租车', '公交', '道路运输'] },
  { id: 'xt-ybj', name: '市医疗保障局', kind: 'municipal', areas: CITY, categories: ['医保'] },
  { id: 'xt-gjj', name: '市住房公积金中心', kind: 'municipal', areas: CITY, categories: ['公积金'] },
  { id: 'xt-mzj', name: '市民政局', kind: 'municipal', areas: CITY, categories: ['低保', '养老服务', '婚姻登记'] },
  { id: 'xt-sfj', name: '市司法局', kind: 'municipal', areas: CITY, categories: ['法律援助', '人民调解', '公证'] },
  { id: 'xt-cl', name: '市残疾人联合会', kind: 'municipal', areas: CITY, categories: ['残疾人服务'] },
];

/** 县市区和园区: 属地 governments (the fallback of routing). */
const DISTRICTS: SeedUnit[] = [
  { id: 'xt-yuhu', name: '雨湖区人民政府', kind: 'district', areas: ['雨湖区'], categories: [] },
  { id: 'xt-yuetang', name: '岳塘区人民政府', kind: 'district', areas: ['岳塘区'], categories: [] },
  { id: 'xt-xiangtanxian', name: '湘潭县人民政府', kind: 'district', areas: ['湘潭县'], categories: [] },
  { id: 'xt-xiangxiang', name: '湘乡市人民政府', kind: 'district', areas: ['湘乡市'], categories: [] },
  { id: 'xt-shaoshan', name: '韶山市人民政府', kind: 'district', areas: ['韶山市'], categories: [] },
  { id: 'xt-gxq', name: '湘潭高新区管委会', kind: 'district', areas: ['湘潭高新区'], categories: [] },
  { id: 'xt-jkq', name: '湘潭经开区管委会', kind: 'district', areas: ['湘潭经开区'], categories: [] },
  { id: 'xt-zhaoshan', name: '昭山示范区管委会', kind: 'district', areas: ['昭山示范区'], categories: [] },
  { id: 'xt-jiuhua', name: '九华示范区管委会', kind: 'district', areas: ['九华示范区'], categories: [] },
];

const street = (
  id: string,
  name: string,
  parentId: string,
  categories: string[] = ['占道经营', '邻里纠纷'],
): SeedUnit => ({
  id,
  name,
  kind: 'township',
  parentId,
  areas: [name],
  categories,
});

/** 乡镇街道: some of them, for 接诉即办 (R22.1). */
const TOWNSHIPS: SeedUnit[] = [
  street('xt-yuhu-chengzheng', '城正街街道', 'xt-yuhu'),
  street('xt-yuhu-yuhulu', '雨湖路街道', 'xt-yuhu'),
  street('xt-yuhu-guangchang', '广场街道', 'xt-yuhu'),
  street('xt-yuhu-yunting', '云塘街道', 'xt-yuhu'),
  street('xt-yuhu-changcheng', '长城乡', 'xt-yuhu'),
  street('xt-yuetang-shuyuanlu', '书院路街道', 'xt-yuetang'),
  street('xt-yuetang-jiansheelu', '建设路街道', 'xt-yuetang'),
  street('xt-yuetang-dongping', '东坪街道', 'xt-yuetang'),
  street('xt-yuetang-baota', '宝塔街道', 'xt-yuetang'),
  street('xt-xiangtanxian-yisuhe', '易俗河镇', 'xt-xiangtanxian'),
  street('xt-xiangtanxian-huashi', '花石镇', 'xt-xiangtanxian'),
  street('xt-xiangxiang-wangchunmen', '望春门街道', 'xt-xiangxiang'),
  street('xt-shaoshan-qingxi', '清溪镇', 'xt-shaoshan'),
  street('xt-zhaoshan-zhaoshanzhen', '昭山镇', 'xt-zhaoshan'),
];

/** 公共企事业单位: utilities and operators with their own lines (Art. 10). */
const ENTERPRISES: SeedUnit[] = [
  { id: 'xt-power', name: '国网湘潭供电公司', kind: 'enterprise', areas: CITY, categories: ['供电', '停电'] },
  {
    id: 'xt-water',
    name: '湘潭市水务集团（自来水公司）',
    kind: 'enterprise',
    areas: CITY,
    categories: ['供水', '停水', '水质'],
  },
  { id: 'xt-gas', name: '湘潭市管道燃气公司', kind: 'enterprise', areas: CITY, categories: ['燃气'] },
  { id: 'xt-telecom', name: '中国电信湘潭分公司', kind: 'enterprise', areas: CITY, categories: [] },
  { id: 'xt-mobile', name: '中国移动湘潭分公司', kind: 'enterprise', areas: CITY, categories: [] },
  { id: 'xt-unicom', name: '中国联通湘潭分公司', kind: 'enterprise', areas: CITY, categories: [] },
];

export const SEED_UNITS: readonly SeedUnit[] = [...MUNICIPAL, ...DISTRICTS, ...TOWNSHIPS, ...ENTERPRISES];

export interface SeedRule {
  id: string;
  name: string;
  categories?: string[];
  districts?: string[];
  streets?: string[];
  leadUnitId: string;
  coUnitIds?: string[];
  priority?: number;
  direct?: boolean;
}

/** A seeded rule as the catalogue holds it: for any request type and field, switched on. */
export function routingRuleOfSeed(rule: SeedRule): Omit<RoutingRuleRecord, 'createdAt'> {
  return {
    id: rule.id,
    name: rule.name,
    categories: rule.categories ?? [],
    districts: rule.districts ?? [],
    streets: rule.streets ?? [],
    types: [],
    fields: [],
    leadUnitId: rule.leadUnitId,
    coUnitIds: rule.coUnitIds ?? [],
    priority: rule.priority ?? 0,
    direct: rule.direct ?? false,
    active: true,
  };
}

/** The starting dispatch catalogue (派单目录); administrators add to it and switch entries off. */
export const SEED_RULES: readonly SeedRule[] = [
  { id: 'seed-street-lighting', name: '路灯故障（全市）', categories: ['路灯'], leadUnitId: 'xt-cgj' },
  {
    id: 'seed-street-lighting-chengzheng',
    name: '路灯故障（城正街街道，接诉即办）',
    categories: ['路灯'],
    districts: ['雨湖区'],
    streets: ['城正街街道'],
    leadUnitId: 'xt-yuhu-chengzheng',
    priority: 10,
    direct: true,
  },
  {
    id: 'seed-construction-wage-arrears',
    name: '工程建设领域欠薪',
    categories: ['工程欠薪'],
    leadUnitId: 'xt-rsj',
    coUnitIds: ['xt-zjj'],
    priority: 5,
  },
  {
    id: 'seed-property-yuhu',
    name: '物业管理（雨湖区属地）',
    categories: ['物业管理'],
    districts: ['雨湖区'],
    leadUnitId: 'xt-yuhu',
    coUnitIds: ['xt-zjj'],
    priority: 5,
  },
  {
    id: 'seed-property-yuetang',
    name: '物业管理（岳塘区属地）',
    categories: ['物业管理'],
    districts: ['岳塘区'],
    leadUnitId: 'xt-yuetang',
    coUnitIds: ['xt-zjj'],
    priority: 5,
  },
  { id: 'seed-telecom', name: '通信宽带（电信）', categories: ['电信宽带'], leadUnitId: 'xt-telecom' },
  { id: 'seed-mobile', name: '通信宽带（移动）', categories: ['移动通信'], leadUnitId: 'xt-mobile' },
  { id: 'seed-unicom', name: '通信宽带（联通）', categories: ['联通通信'], leadUnitId: 'xt-unicom' },
];
