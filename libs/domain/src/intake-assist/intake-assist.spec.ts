import {
  assessCallerMisuse,
  bigramJaccard,
  checkJurisdiction,
  detectEmergency,
  findLikelyRepeats,
  findTopLevelJurisdiction,
  isRepeatCandidate,
  RepeatCandidate,
  TOP_LEVEL_KINDS,
  XIANGTAN_AREAS,
  XIANGTAN_JURISDICTIONS,
} from './index';

const candidate = (overrides: Partial<RepeatCandidate>): RepeatCandidate => ({
  requestId: 'r-1',
  workOrderId: 'w-1',
  number: 'XT20261125000001',
  status: 'awaiting-dispatch',
  receivedAt: new Date('2026-11-20T02:00:00Z'),
  content: '',
  ...overrides,
});

describe('bigram similarity (R13.2)', () => {
  it('R13.2 scores the same matter retold high and an unrelated matter low', () => {
    const first = '雨湖区建设路小区门口井盖缺失，晚上很危险';
    expect(bigramJaccard(first, '雨湖区建设路小区门口的井盖缺失了，晚上危险')).toBeGreaterThan(0.5);
    expect(bigramJaccard(first, '咨询孩子小学入学需要准备哪些材料')).toBeLessThan(0.1);
  });

  it('R13.2 ignores punctuation and spacing, and is symmetric', () => {
    expect(bigramJaccard('路灯 坏了！', '路灯坏了')).toBe(1);
    expect(bigramJaccard('甲乙丙', '乙丙丁')).toBe(bigramJaccard('乙丙丁', '甲乙丙'));
    expect(bigramJaccard('', '路灯坏了')).toBe(0);
  });
});

describe('likely repeats (R13.2, R13.1 reason 4)', () => {
  const current = {
    callerHash: 'h1',
    district: '雨湖区',
    street: '建设路',
    content: '建设路小区门口井盖缺失，晚上很危险',
  };

  it('R13.2 flags the same caller with similar content, open or closed', () => {
    const repeats = findLikelyRepeats(current, [
      candidate({ requestId: 'open', callerHash: 'h1', content: '建设路小区门口井盖丢了很危险', status: 'handling' }),
      candidate({ requestId: 'closed', callerHash: 'h1', content: '建设路小区门口井盖缺失', status: 'closed' }),
      candidate({ requestId: 'other-matter', callerHash: 'h1', content: '咨询社保卡补办流程' }),
    ]);
    expect(repeats.map((repeat) => [repeat.requestId, repeat.open])).toEqual(
      expect.arrayContaining([
        ['open', true],
        ['closed', false],
      ]),
    );
    expect(repeats.map((repeat) => repeat.requestId)).not.toContain('other-matter');
    expect(repeats.every((repeat) => repeat.basis.includes('same-caller'))).toBe(true);
  });

  it('R13.2 flags another caller at the same place with similar content, not one elsewhere', () => {
    const repeats = findLikelyRepeats(current, [
      candidate({
        requestId: 'same-place',
        callerHash: 'h2',
        district: '雨湖区',
        street: ' 建设路 ',
        content: '建设路小区门口井盖缺失，很危险',
      }),
      candidate({
        requestId: 'other-district',
        callerHash: 'h3',
        district: '岳塘区',
        street: '建设路',
        content: '建设路小区门口井盖缺失，很危险',
      }),
    ]);
    expect(repeats).toEqual([expect.objectContaining({ requestId: 'same-place', basis: ['same-place'], open: true })]);
  });

  it('R13.2 treats completed and final work orders as finished matters', () => {
    const statuses = ['completed', 'closed-online', 'rejected', 'closed'].map(
      (status) =>
        findLikelyRepeats(current, [candidate({ callerHash: 'h1', content: current.content, status })])[0].open,
    );
    expect(statuses).toEqual([false, false, false, false]);
  });

  it('R13.2 compares texts only with the same caller or the same place: every other request has no basis', () => {
    const others = [
      { callerHash: 'h1' },
      { callerHash: 'h2', district: '雨湖区', street: '建设 路' },
      { callerHash: 'h3', district: '雨湖区', street: '韶山路' },
      { callerHash: 'h4', district: '岳塘区', street: '建设路' },
      { callerHash: null, district: '雨湖区' },
    ];
    expect(others.map((other) => isRepeatCandidate(current, other))).toEqual([true, true, false, false, false]);
    const found = findLikelyRepeats(
      current,
      others.map((other, index) => candidate({ ...other, requestId: `r-${index}`, content: current.content })),
    );
    expect(found.map((repeat) => repeat.requestId).sort()).toEqual(['r-0', 'r-1']);
  });
});

describe('emergency hints (R13.2, R13.1 reason 5, R15.4)', () => {
  it.each([
    ['楼下厨房着火了，冒出很多浓烟', '119', 'fire'],
    ['邻居老人晕倒在路边，头部流血', '120', 'medical'],
    ['有人持刀在小区门口抢劫', '110', 'crime'],
    ['韶山路口发生车祸，两车追尾', '122', 'traffic-accident'],
  ])('R13.2 reads "%s" as an emergency for %s', (text, line, kind) => {
    const assessment = detectEmergency(text);
    expect(assessment).toMatchObject({ likely: true, suggestedReasonCode: 5 });
    expect(assessment.hints[0]).toMatchObject({ transferTo: line, kind });
  });

  it('R15.4 names the city destination of the event category', () => {
    expect(detectEmergency('有人持刀抢劫').hints[0].destination.destination).toBe('市公安局');
    expect(detectEmergency('仓库起火').hints[0].destination.destination).toBe('市应急局');
  });

  it('R13.2 leaves an ordinary request alone', () => {
    expect(detectEmergency('咨询公积金提取需要哪些材料')).toEqual({ likely: false, hints: [] });
  });
});

describe('caller misuse (R27.1)', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it('R27.1 flags the fifth request of one caller within an hour', () => {
    expect(assessCallerMisuse([minutesAgo(5), minutesAgo(15), minutesAgo(30), minutesAgo(59)], now)).toMatchObject({
      flagged: true,
      count: 5,
    });
    expect(assessCallerMisuse([minutesAgo(5), minutesAgo(15), minutesAgo(30)], now)).toMatchObject({
      flagged: false,
      count: 4,
    });
  });

  it('R27.1 does not count requests before the window', () => {
    expect(assessCallerMisuse([minutesAgo(61), minutesAgo(90), minutesAgo(120), minutesAgo(5)], now)).toMatchObject({
      flagged: false,
      count: 2,
    });
  });

  it('R27.1 follows a configured policy', () => {
    expect(assessCallerMisuse([minutesAgo(100)], now, { limit: 2, windowMinutes: 180 })).toMatchObject({
      flagged: true,
      count: 2,
      windowMinutes: 180,
    });
    expect(() => assessCallerMisuse([], now, { limit: 0, windowMinutes: 60 })).toThrow(RangeError);
  });
});

describe('jurisdiction check (R13.2, R13.1 reason 8)', () => {
  it("R13.2 names as the city's areas exactly the districts, counties, cities and zones of its jurisdiction", () => {
    const topLevel = XIANGTAN_JURISDICTIONS.filter((entry) => TOP_LEVEL_KINDS.includes(entry.kind));
    expect(topLevel.map((entry) => entry.name)).toEqual([...XIANGTAN_AREAS]);
  });

  it('R13.2 knows every district, county, city and zone of Xiangtan, by name or alias', () => {
    for (const name of [...XIANGTAN_AREAS, '高新区', '九华']) {
      expect(findTopLevelJurisdiction(XIANGTAN_JURISDICTIONS, name)).toBeDefined();
    }
    expect(findTopLevelJurisdiction(XIANGTAN_JURISDICTIONS, '岳麓区')).toBeUndefined();
    // A township is not a district.
    expect(findTopLevelJurisdiction(XIANGTAN_JURISDICTIONS, '易俗河镇')).toBeUndefined();
  });

  it('R13.2 places a township or street in its district', () => {
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { district: '湘潭县', street: '易俗河镇' })).toMatchObject({
      outsideCity: false,
      district: { known: true, code: 'xiangtan-county' },
      street: { known: true, name: '易俗河镇', districtCode: 'xiangtan-county' },
    });
  });

  it('R13.2 flags an address naming another city for reason 8', () => {
    const check = checkJurisdiction(XIANGTAN_JURISDICTIONS, {
      district: '雨湖区',
      address: '长沙市岳麓区麓山南路 1 号',
    });
    expect(check).toMatchObject({ outsideCity: true, suggestedReasonCode: 8, findings: [{ source: 'address' }] });
    expect(check.findings[0].detail).toContain('长沙市');
  });

  it('R13.2 flags a district known to lie outside Xiangtan, not one of the city or an unknown one', () => {
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { district: '岳麓区' })).toMatchObject({
      outsideCity: true,
      suggestedReasonCode: 8,
      findings: [{ source: 'district', detail: 'names 岳麓区' }],
    });
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { district: '岳塘区' }).outsideCity).toBe(false);
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { district: '某某区' })).toMatchObject({
      outsideCity: false,
      district: { known: false },
    });
  });

  it('R13.2 flags coordinates outside Xiangtan and accepts those inside', () => {
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { lat: 28.23, lng: 112.94 })).toMatchObject({
      outsideCity: true,
      findings: [{ source: 'coordinates' }],
    });
    expect(checkJurisdiction(XIANGTAN_JURISDICTIONS, { lat: 27.83, lng: 112.94 }).outsideCity).toBe(false);
  });

  it('R13.2 only mentions another city named in the content, without flagging the request', () => {
    const check = checkJurisdiction(XIANGTAN_JURISDICTIONS, { district: '岳塘区' }, '去株洲市的公交车太少');
    expect(check).toMatchObject({ outsideCity: false, mentionedElsewhere: ['株洲市'] });
  });
});
