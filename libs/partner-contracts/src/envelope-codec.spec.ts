import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  AcknowledgementOutcome,
  envelopeFromBinary,
  envelopeFromJson,
  EnvelopeFormatError,
  envelopeOf,
  envelopeProblems,
  envelopeToBinary,
  envelopeToJson,
  Sender,
} from './index';

const transfer = () =>
  envelopeOf({
    messageId: '0190a6e2-7c1e-7000-8000-000000000001',
    partner: '110',
    sender: Sender.PARTNER,
    sequence: 1n,
    sentAt: timestampFromDate(new Date('2026-12-01T08:00:00Z')),
    expiresAt: timestampFromDate(new Date('2026-12-01T08:05:00Z')),
    sharedIncidentId: '0190a6e2-7c1e-7000-8000-0000000000aa',
    body: {
      case: 'transfer',
      value: {
        category: '噪音扰民',
        matter: '楼上装修噪音',
        senderReference: 'JJ20261201001',
        callbackNumber: '13800000000',
      },
    },
  });

function formatErrorOf(text: string): EnvelopeFormatError {
  try {
    envelopeFromJson(text);
  } catch (error) {
    if (error instanceof EnvelopeFormatError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('the partner envelope (R10.1)', () => {
  it('travels the same in JSON (HTTPS) and binary (NATS)', () => {
    const sent = transfer();
    const json = JSON.parse(envelopeToJson(sent)) as Record<string, unknown>;
    expect(json).toMatchObject({ sender: 'SENDER_PARTNER', sequence: '1', sentAt: '2026-12-01T08:00:00Z' });
    expect(envelopeFromJson(envelopeToJson(sent))).toEqual(sent);
    expect(envelopeFromBinary(envelopeToBinary(sent))).toEqual(sent);
    expect(envelopeProblems(sent, '110')).toEqual([]);
  });

  it('names the field that protobuf cannot read', () => {
    expect(formatErrorOf('{"sequence":"x"}').field).toBe('sequence');
    expect(formatErrorOf('{"transfer":{"matter":7}}').field).toBe('transfer.matter');
    expect(formatErrorOf('{"nosuch":1}').field).toBe('nosuch');
    expect(formatErrorOf('{"sharedIncidentId":1}').field).toBe('sharedIncidentId');
    expect(formatErrorOf('not json').field).toBe('body');
    expect(formatErrorOf('[1]').field).toBe('body');
    expect(() => envelopeFromBinary(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(EnvelopeFormatError);
  });

  it('names what a usable message lacks: ids, sequence, expiry, the body and its fields', () => {
    const empty = envelopeFromJson(
      '{"partner":"119","acknowledgement":{"outcome":"ACKNOWLEDGEMENT_OUTCOME_REJECTED"}}',
    );
    expect(envelopeProblems(empty, '110').map((problem) => problem.field)).toEqual([
      'messageId',
      'partner',
      'sender',
      'sequence',
      'sentAt',
      'expiresAt',
      'sharedIncidentId',
      'acknowledgement.acknowledgedMessageId',
      'acknowledgement.cause',
    ]);
    const long = transfer();
    if (long.body.case === 'transfer') long.body.value.matter = '长'.repeat(2001);
    expect(envelopeProblems(long, '110')).toEqual([{ field: 'transfer.matter', problem: expect.any(String) }]);
    expect(AcknowledgementOutcome.REJECTED).toBe(2);
  });
});
