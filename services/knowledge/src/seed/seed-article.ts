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

/** The units of dispatch's seeded directory that own the seeded articles, so that they can edit and confirm them. */
export const SEED_UNITS = {
  education: 'xt-jyj', // 市教育局
  police: 'xt-gaj', // 市公安局（户籍、出入境、交警）
  socialSecurity: 'xt-rsj', // 市人力资源和社会保障局
  housingFund: 'xt-gjj', // 市住房公积金中心
  medicalInsurance: 'xt-ybj', // 市医疗保障局
  realEstate: 'xt-zrzyj', // 市自然资源和规划局（不动产登记）
  water: 'xt-water', // 湘潭市水务集团
  power: 'xt-power', // 国网湘潭供电公司
  gas: 'xt-gas', // 湘潭市管道燃气公司
  market: 'xt-scjgj', // 市市场监督管理局
  transport: 'xt-jtj', // 市交通运输局（公交）
  housing: 'xt-zjj', // 市住房和城乡建设局（物业）
  ecology: 'xt-sthjj', // 市生态环境局
  urban: 'xt-cgj', // 市城市管理和综合执法局
  civilAffairs: 'xt-mzj', // 市民政局
  disabled: 'xt-cl', // 市残疾人联合会
  health: 'xt-wjw', // 市卫生健康委员会
  justice: 'xt-sfj', // 市司法局
} as const;
