export const JURISDICTION_KINDS = ['district', 'county', 'city', 'zone', 'township', 'street'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

/** Kinds that may stand in `location.district`: districts, counties, county-level cities and zones. */
export const TOP_LEVEL_KINDS: readonly JurisdictionKind[] = ['district', 'county', 'city', 'zone'];

export interface JurisdictionEntry {
  readonly code: string;
  readonly name: string;
  readonly kind: JurisdictionKind;
  /** Code of the district/county/city/zone a township or street belongs to. */
  readonly parentCode?: string | null;
  readonly aliases?: readonly string[];
}

/** Xiangtan's bounding box (WGS-84, slightly generous): coordinates outside it are outside the city. */
export const XIANGTAN_BOUNDS = { minLat: 27.3, maxLat: 28.1, minLng: 111.9, maxLng: 113.08 } as const;

const top = (code: string, name: string, kind: JurisdictionKind, aliases: string[] = []): JurisdictionEntry => ({
  code,
  name,
  kind,
  aliases,
});

const below = (parentCode: string, names: string[]): JurisdictionEntry[] =>
  names.map((name, index) => ({
    code: `${parentCode}-${String(index + 1).padStart(2, '0')}`,
    name,
    kind: name.endsWith('街道') ? 'street' : 'township',
    parentCode,
    aliases: [],
  }));

/** The districts, counties, county-level cities and zones of Xiangtan, by their names (the top of the jurisdiction). */
export const XIANGTAN_AREAS = [
  '雨湖区',
  '岳塘区',
  '湘潭县',
  '湘乡市',
  '韶山市',
  '湘潭高新区',
  '湘潭经开区',
  '昭山示范区',
  '九华示范区',
] as const;

/**
 * R13.2 seed of the city's jurisdiction: the districts, counties, county-level cities and zones of Xiangtan and
 * their townships and streets. Administrators keep it current (boundaries change) through the admin endpoint.
 */
export const XIANGTAN_JURISDICTIONS: readonly JurisdictionEntry[] = [
  top('yuhu', '雨湖区', 'district', ['雨湖']),
  top('yuetang', '岳塘区', 'district', ['岳塘']),
  top('xiangtan-county', '湘潭县', 'county'),
  top('xiangxiang', '湘乡市', 'city', ['湘乡']),
  top('shaoshan', '韶山市', 'city', ['韶山']),
  top('high-tech-zone', '湘潭高新区', 'zone', ['高新区', '湘潭高新技术产业开发区']),
  top('economic-zone', '湘潭经开区', 'zone', ['经开区', '湘潭经济技术开发区']),
  top('zhaoshan', '昭山示范区', 'zone', ['昭山', '昭山两型产业发展及生态保护核心区']),
  top('jiuhua', '九华示范区', 'zone', ['九华']),
  ...below('yuhu', [
    '雨湖路街道',
    '城正街街道',
    '云塘街道',
    '广场街道',
    '窑湾街道',
    '先锋街道',
    '万楼街道',
    '昭潭街道',
    '楠竹山镇',
    '姜畲镇',
    '鹤岭镇',
    '长城乡',
  ]),
  ...below('yuetang', [
    '岳塘街道',
    '下摄司街道',
    '建设路街道',
    '书院路街道',
    '东坪街道',
    '五里堆街道',
    '霞城街道',
    '宝塔街道',
    '荷塘街道',
  ]),
  ...below('xiangtan-county', [
    '易俗河镇',
    '谭家山镇',
    '中路铺镇',
    '茶恩寺镇',
    '河口镇',
    '射埠镇',
    '花石镇',
    '青山桥镇',
    '石鼓镇',
    '云湖桥镇',
    '石潭镇',
    '杨嘉桥镇',
    '乌石镇',
    '白石镇',
    '锦石乡',
    '排头乡',
    '分水乡',
  ]),
  ...below('xiangxiang', [
    '望春门街道',
    '新湘路街道',
    '昆仑桥街道',
    '东山街道',
    '龙洞镇',
    '泉塘镇',
    '山枣镇',
    '梅桥镇',
    '壶天镇',
    '月山镇',
    '翻江镇',
    '金石镇',
    '白田镇',
    '虞唐镇',
    '棋梓镇',
    '潭市镇',
    '毛田镇',
    '中沙镇',
    '金薮乡',
    '育塅乡',
    '东郊乡',
  ]),
  ...below('shaoshan', ['清溪镇', '银田镇', '韶山乡', '杨林乡']),
  ...below('high-tech-zone', ['双马街道', '板塘街道']),
  ...below('economic-zone', ['九华街道']),
  ...below('zhaoshan', ['昭山镇', '易家湾街道']),
  ...below('jiuhua', ['和平街道', '响水乡']),
];

/** Cities and counties around Xiangtan that callers name; an address naming one is outside the city. */
export const NEIGHBOURING_PLACES: readonly string[] = [
  '长沙市',
  '株洲市',
  '衡阳市',
  '娄底市',
  '益阳市',
  '岳阳市',
  '常德市',
  '邵阳市',
  '郴州市',
  '永州市',
  '怀化市',
  '张家界市',
  '湘西州',
  '岳麓区',
  '芙蓉区',
  '天心区',
  '开福区',
  '雨花区',
  '望城区',
  '长沙县',
  '浏阳市',
  '宁乡市',
  '荷塘区',
  '芦淞区',
  '石峰区',
  '天元区',
  '渌口区',
  '醴陵市',
  '攸县',
  '茶陵县',
  '炎陵县',
  '双峰县',
  '涟源市',
  '北京市',
  '上海市',
  '天津市',
  '重庆市',
];

/** Provinces other than 湖南省. */
export const OTHER_PROVINCES: readonly string[] = [
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];
