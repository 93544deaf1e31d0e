import { workOrderIn } from '../../test/work-order-fixtures';
import { NotFoundError, StateConflictError } from '../errors/domain-error';
import { assertCurrentExtension, assertPendingRequest, decisionCommand, requestIdOf } from './pending-request';
import type { WorkOrder } from './work-order';
import type { WorkOrderStatus } from './work-order-status';

const ID = '0b6f3c1e-8a47-4f59-9d1e-2c3b4a5d6e7f';
const orderIn = (status: WorkOrderStatus): WorkOrder => ({ ...workOrderIn(status).order, id: ID });

describe('the pending request a decision names', () => {
  it('names a request by the work order and the version it created', () => {
    expect(requestIdOf({ id: ID, version: 7 })).toBe(`${ID}:7`);
  });

  it('R17.2 accepts the extension request that is pending now, in any case of the id', () => {
    const order = orderIn('extension-requested');
    expect(() =>
      assertPendingRequest(order, requestIdOf(order).toUpperCase(), 'extension-requested', 'extension request'),
    ).not.toThrow();
  });

  it('R19.1 refuses (404) a reply id of another work order, a later version or no request id at all', () => {
    const order = orderIn('replied');
    for (const id of [
      `1b6f3c1e-8a47-4f59-9d1e-2c3b4a5d6e7f:${order.version}`,
      `${ID}:${order.version + 1}`,
      'nope',
      `${ID}:0`,
    ]) {
      expect(() => assertPendingRequest(order, id, 'replied', 'reply')).toThrow(NotFoundError);
    }
    expect(() => assertPendingRequest(order, 'nope', 'replied', 'reply')).toThrow(`no reply nope on work order ${ID}`);
  });

  it('R16.3 refuses (409) a request decided or superseded since, naming the status and version', () => {
    const order = orderIn('handling');
    const earlier = `${ID}:${order.version - 1}`;
    const attempt = () => assertPendingRequest(order, earlier, 'return-requested', 'return request');
    expect(attempt).toThrow(StateConflictError);
    expect(attempt).toThrow(`return request ${earlier} is not waiting for a decision (work order ${ID} is 'handling')`);
    expect(attempt).toThrow(
      expect.objectContaining({ httpStatus: 409, details: { status: 'handling', version: order.version } }),
    );
  });

  it('R17.2 the caller-informed record names the latest extension request, 404 otherwise', () => {
    const requested = orderIn('extension-requested');
    const extensionId = requestIdOf(requested);
    const approved: WorkOrder = { ...requested, status: 'handling', version: requested.version + 1 };
    expect(() => assertCurrentExtension(approved, extensionId)).not.toThrow();
    expect(() => assertCurrentExtension(approved, requestIdOf(approved))).toThrow(NotFoundError);
    expect(() => assertCurrentExtension(orderIn('handling'), `${ID}:3`)).toThrow(
      `no extension request ${ID}:3 on work order ${ID}`,
    );
  });

  it('R17.2 R19.1 R20.3 a decision is the yes or the no step of its request, with the comment only when one was written', () => {
    expect(decisionCommand('extension', true)).toEqual({ event: 'approve-extension' });
    expect(decisionCommand('extension', false, '理由不足')).toEqual({ event: 'reject-extension', comment: '理由不足' });
    expect(decisionCommand('reply', true, '')).toEqual({ event: 'pass-reply' });
    expect(decisionCommand('reply', false, '未联系诉求人')).toEqual({ event: 'fail-reply', comment: '未联系诉求人' });
    expect(decisionCommand('appeal', true, '情况属实')).toEqual({ event: 'approve-appeal', comment: '情况属实' });
    expect(decisionCommand('appeal', false)).toEqual({ event: 'reject-appeal' });
    expect('comment' in decisionCommand('appeal', false, '')).toBe(false);
  });
});
