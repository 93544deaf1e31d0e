import { Namespace } from './namespace';

describe('Namespace', () => {
  it('leaves names alone without a prefix', () => {
    const ns = new Namespace('', 'dispatch');
    expect(ns.subject('hotline.workorder.created.v1')).toBe('hotline.workorder.created.v1');
    expect(ns.stream('WORKORDER')).toBe('WORKORDER');
  });

  it('prefixes subjects and streams, and resolves the service placeholder', () => {
    const ns = new Namespace('t42', 'dispatch');
    expect(ns.subject('hotline.rpc.{service}.health.v1')).toBe('t42.hotline.rpc.dispatch.health.v1');
    expect(ns.unprefixed('t42.hotline.workorder.created.v1')).toBe('hotline.workorder.created.v1');
    expect(ns.stream('WORKORDER')).toBe('T42_WORKORDER');
  });

  it('names a durable consumer per service and subject with only legal characters', () => {
    expect(new Namespace('', 'supervision').durable('hotline.workorder.closed-online.v1')).toBe(
      'supervision__hotline_workorder_closed_online_v1',
    );
  });
});
