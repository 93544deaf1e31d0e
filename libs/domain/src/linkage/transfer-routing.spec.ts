import { partnerLineFor, RoutablePartner, transferInRefusal, transferTargetProblem } from './transfer-routing';

const line = (code: string, kind: RoutablePartner['kind'], takesFromUs: string[], enabled = true): RoutablePartner => ({
  code,
  kind,
  enabled,
  takesFromUs,
});

const POLICE = line('110', 'emergency', ['治安警情', '火灾', '交通事故', '人身伤害']);
const FIRE = line('119', 'emergency', ['火灾', '危险化学品']);
const AMBULANCE = line('120', 'emergency', ['治安警情', '火灾', '交通事故', '人身伤害']);
const GAS = line('gas', 'utility', ['燃气', '燃气抢修', '危险化学品']);
const BRANCH = line('12315', 'branch', ['消费维权']);

describe('routing an emergency rejection to a partner line (R10.1, R13.1(5), R15.4)', () => {
  it("R10.1: the line whose agreed list holds the request's category takes it", () => {
    expect(partnerLineFor('燃气抢修', [POLICE, FIRE, GAS])?.code).toBe('gas');
    expect(partnerLineFor(' 治安警情 ', [GAS, POLICE])?.code).toBe('110');
  });

  it('R10.1: ties go to an emergency line before a utility line, then to the most specific list', () => {
    expect(partnerLineFor('危险化学品', [GAS, FIRE])?.code).toBe('119');
    expect(partnerLineFor('火灾', [POLICE, AMBULANCE, FIRE])?.code).toBe('119');
  });

  it('R10.1: equal lists tie-break by the lowest code, whatever the order of the registry', () => {
    expect(partnerLineFor('人身伤害', [AMBULANCE, POLICE])?.code).toBe('110');
    expect(partnerLineFor('人身伤害', [POLICE, AMBULANCE])?.code).toBe('110');
  });

  it('R10.1: no match (no category, an unlisted one, only disabled lines or branch centres) is null, for an alert', () => {
    expect(partnerLineFor(undefined, [POLICE])).toBeNull();
    expect(partnerLineFor('  ', [POLICE])).toBeNull();
    expect(partnerLineFor('噪音扰民', [POLICE, GAS])).toBeNull();
    expect(partnerLineFor('危险化学品', [{ ...FIRE, enabled: false }])).toBeNull();
    expect(partnerLineFor('消费维权', [BRANCH])).toBeNull();
  });

  it('R10.1: a partner the operator names must exist, be enabled and be an emergency or utility line', () => {
    expect(transferTargetProblem('110', POLICE)).toBeNull();
    expect(transferTargetProblem('gas', GAS)).toBeNull();
    expect(transferTargetProblem('999', undefined)).toBe('no partner 999');
    expect(transferTargetProblem('119', { ...FIRE, enabled: false })).toContain('disabled');
    expect(transferTargetProblem('12315', BRANCH)).toContain('not an emergency or utility line');
  });

  it('R10.1: a transfer in is taken only when its category is in what the partner gives us; else refused with the basis', () => {
    const givesToUs = ['噪音扰民', '环境卫生'];
    expect(transferInRefusal('110', '噪音扰民', givesToUs)).toBeNull();
    expect(transferInRefusal('110', ' 环境卫生 ', givesToUs)).toBeNull();
    expect(transferInRefusal('110', '刑事案件', givesToUs)).toBe(
      'not in the agreed list: 12345 takes 2 categories from 110 (互转清单), not category 刑事案件',
    );
    expect(transferInRefusal('110', undefined, givesToUs)).toContain('not in the agreed list');
    expect(transferInRefusal('110', '噪音扰民', [])).toContain('takes 0 categories');
  });
});
