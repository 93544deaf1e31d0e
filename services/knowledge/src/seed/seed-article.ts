import { KnowledgeArea, RequestField } from '@hotline/contracts';

/** An article of the starting knowledge base. Ids are stable, so operators and tests can cite them (R15.1). */
export interface SeedArticle {
  id: string;
  ownerUnitId: string;
  title: string;
  body: string;
  keywords: string[];
  areas: KnowledgeArea[];
  field: RequestField;
  category: string;
  /** The owner confirms the article this many months after it is loaded (R26.1); the review date is set at seeding. */
  reviewEveryMonths: 6 | 12;
}

/** Made-up but plausible ids of the units that own the seeded articles. */
export const SEED_UNITS = {
  education: 'unit-xt-edu', // 市教育局
  police: 'unit-xt-psb', // 市公安局（户籍、出入境、交警）
  socialSecurity: 'unit-xt-hrss', // 市人力资源和社会保障局
  housingFund: 'unit-xt-hpf', // 湘潭市住房公积金管理中心
  medicalInsurance: 'unit-xt-medins', // 市医疗保障局
  realEstate: 'unit-xt-realestate', // 市不动产登记中心
  water: 'unit-xt-water', // 湘潭市供水公司
  power: 'unit-xt-power', // 国网湘潭供电公司
  gas: 'unit-xt-gas', // 湘潭市燃气公司
  market: 'unit-xt-amr', // 市市场监督管理局
  transport: 'unit-xt-transport', // 市交通运输局（公交）
  housing: 'unit-xt-housing', // 市住房和城乡建设局（物业）
  ecology: 'unit-xt-eco', // 市生态环境局
  urban: 'unit-xt-urban', // 市城市管理和综合执法局
  civilAffairs: 'unit-xt-civil', // 市民政局
  disabled: 'unit-xt-dpf', // 市残疾人联合会
  health: 'unit-xt-health', // 市卫生健康委员会
  justice: 'unit-xt-justice', // 市司法局
} as const;
