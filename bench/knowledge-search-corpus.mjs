// The synthetic knowledge base of the search benchmark: articles recombined from the seeded ones, so that
// words occur about as often as in a real base (some in most articles, most in few).
const TITLE_SUFFIXES = [
  '',
  '常见问题',
  '办事指南',
  '政策解读',
  '最新规定',
  '咨询答复',
  '补充说明',
  '（2026年版）',
  '流程图解',
  '注意事项',
];
const STATUSES = [...Array(17).fill('published'), 'draft', 'draft', 'retired'];

/** A small deterministic PRNG, so every run loads the same base. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

/**
 * `count` articles. Segmentation is the service's own (`segmentedDocument` from the build), cached per
 * sentence and title piece: jieba runs a few thousand times instead of 100,000.
 */
export function* syntheticArticles(count, { seeds, areas, segmentedDocument }) {
  const cache = new Map();
  const segment = (text) => {
    if (!cache.has(text)) cache.set(text, segmentedDocument(text));
    return cache.get(text);
  };
  const sentences = seeds.flatMap((seed) => seed.body.split(/(?<=[。；！？])/).filter((s) => s.length > 0));
  const districts = areas.filter((area) => area !== 'all');
  const next = random(12345);
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const district = next() < 0.5 ? pick(next, districts) : '';
    const suffix = pick(next, TITLE_SUFFIXES);
    const extra = [pick(next, sentences), pick(next, sentences), pick(next, sentences)];
    const bodySentences = [...seed.body.split(/(?<=[。；！？])/).filter((s) => s.length > 0), ...extra];
    const articleAreas =
      next() < 0.3
        ? ['all']
        : [...new Set([pick(next, districts), pick(next, districts)])].slice(0, 1 + Math.floor(next() * 2));
    const title = `${district}${seed.title}${suffix}`.slice(0, 200);
    const body = bodySentences.join('');
    yield {
      id: `bench-${String(i).padStart(6, '0')}`,
      ownerUnitId: seed.ownerUnitId,
      title,
      body,
      keywords: seed.keywords,
      areas: articleAreas,
      field: seed.field,
      category: seed.category,
      status: pick(next, STATUSES),
      reviewBy: `2027-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`,
      headTerms: [district, seed.title, suffix, ...seed.keywords].filter(Boolean).map(segment).join(' '),
      bodyTerms: bodySentences.map(segment).join(' '),
    };
  }
}

const QUESTIONS = [
  '孩子上学要什么材料',
  '小学报名需要哪些证件',
  '外地户口孩子能上公办学校吗',
  '转学手续怎么办',
  '幼儿园什么时候报名',
  '户口怎么迁到湘潭',
  '新生儿怎么上户口',
  '居住证怎么办理',
  '身份证丢了怎么补办',
  '护照在哪里办',
  '驾驶证到期换证',
  '低保申请条件',
  '老年人有什么补贴',
  '结婚登记要带什么',
  '残疾证怎么办',
  '出生证明丢了',
  '打疫苗要带什么',
  '法律援助怎么申请',
  '灵活就业怎么交养老保险',
  '退休金怎么领',
  '社保卡丢了',
  '失业金怎么领',
  '公司拖欠工资',
  '工伤怎么认定',
  '医保异地报销',
  '居民医保怎么交',
  '慢性病门诊报销',
  '公积金怎么提取',
  '公积金贷款条件',
  '公积金转到外地',
  '房产证怎么办',
  '房子抵押注销',
  '继承房产过户',
  '营业执照怎么办',
  '买到假货投诉',
  '饭店不卫生举报',
  '停水了',
  '什么时候来水',
  '水费怎么交',
  '停电了找谁',
  '电费缴纳',
  '煤气泄漏怎么办',
  '天然气开户',
  '公交线路查询',
  '出租车绕路投诉',
  '老年卡怎么办',
  '物业费纠纷',
  '电梯维修资金',
  '晚上施工噪音太大',
  '工厂排污举报',
  '占道经营',
  '路灯不亮',
  '垃圾没人清运',
  '乱停车堵消防通道',
  '小区门口井盖缺失',
];
const PREFIXES = ['', '请问', '你好，', '我想问一下', '麻烦问下'];

/** `count` everyday questions a caller asks, a quarter of them limited to one district. */
export function everydayQueries(count, areas) {
  const next = random(2026);
  const districts = areas.filter((area) => area !== 'all');
  return Array.from({ length: count }, (_, i) => ({
    q: `${pick(next, PREFIXES)}${QUESTIONS[i % QUESTIONS.length]}`,
    ...(next() < 0.25 ? { area: pick(next, districts) } : {}),
    limit: 10,
  }));
}
