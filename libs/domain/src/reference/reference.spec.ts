import { CHANNELS, isChannel } from './channels';
import { EMERGENCY_DESTINATIONS } from './emergency-destinations';
import { isRejectionReasonCode, REJECTION_REASONS, rejectionReason } from './rejection-reasons';
import { REQUEST_FIELD_NAMES, REQUEST_TYPE_NAMES, REQUEST_TYPES } from './request-types';
import { ACTOR_ROLES } from './roles';
import { APPEALABLE_CAUSES, SATISFACTION_LEVELS, UNSATISFIED_CAUSES } from './satisfaction';
import { SUPERVISION_METHOD_NAMES, SUPERVISION_TRIGGERS } from './supervision';

describe('reference data', () => {
  it('R12.1 request types and fields', () => {
    expect(REQUEST_TYPES).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion']);
    expect(Object.values(REQUEST_TYPE_NAMES).map((name) => name.zh)).toEqual([
      '咨询',
      '求助',
      '投诉',
      '举报',
      '意见建议',
    ]);
    expect(Object.values(REQUEST_FIELD_NAMES)).toEqual([
      '经济调节',
      '市场监管',
      '社会管理',
      '公共服务',
      '生态环境保护',
    ]);
  });

  it('R13.1 the nine rejection reasons in the words of Art. 13; reason 5 transfers to the emergency lines', () => {
    expect(REJECTION_REASONS.map((reason) => reason.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rejectionReason(1).zh).toBe('涉及国家秘密、商业机密、个人隐私的事项');
    expect(rejectionReason(8).zh).toBe('所反映问题非我市行政职权管辖范围的事项');
    expect(REJECTION_REASONS.filter((reason) => reason.transferToEmergencyLine).map((reason) => reason.code)).toEqual([
      5,
    ]);
    expect([isRejectionReasonCode(9), isRejectionReasonCode(10), isRejectionReasonCode('1')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('R15.4 the four emergency destinations', () => {
    expect(Object.values(EMERGENCY_DESTINATIONS).map((entry) => entry.destination)).toEqual([
      '市应急局',
      '市卫生健康委',
      '市公安局',
      '市应急联动指挥中心',
    ]);
  });

  it('R20 satisfaction levels and unsatisfied causes; only causes outside the unit are appealable', () => {
    expect(SATISFACTION_LEVELS).toEqual(['satisfied', 'basically-satisfied', 'unsatisfied']);
    expect(UNSATISFIED_CAUSES).toEqual(['unit', 'caller-false', 'policy', 'malicious']);
    expect(APPEALABLE_CAUSES).not.toContain('unit');
  });

  it('R23.1 R23.2 supervision triggers 1–8 (1–3 found by the system) and five methods', () => {
    expect(SUPERVISION_TRIGGERS.map((trigger) => [trigger.code, trigger.systemDetected])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, false],
    ]);
    expect(Object.keys(SUPERVISION_METHOD_NAMES)).toEqual(['system', 'phone', 'on-site', 'letter', 'meeting']);
  });

  it('R2.1 channels and the roles that act', () => {
    expect(CHANNELS).toEqual(['phone', 'web', 'app', 'partner', 'open311']);
    expect([isChannel('fax'), isChannel('open311')]).toEqual([false, true]);
    expect(ACTOR_ROLES).toEqual(['operator', 'reviewer', 'supervisor', 'unit', 'partner', 'admin', 'system']);
  });
});
