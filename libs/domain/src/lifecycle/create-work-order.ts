import { InvalidDomainInputError, type InputIssue } from '../errors/domain-error';
import { type Channel, isChannel } from '../reference/channels';
import { isRequestField, isRequestType, type RequestField, type RequestType } from '../reference/request-types';
import { isMatterNature, MATTER_NATURES, type MatterNature } from '../reference/satisfaction';
import type { WorkOrderContext, WorkOrderTransition } from './apply-work-order-command';
import { checkActor } from './apply-work-order-command';
import { transitionOf } from './lifecycle-transitions';
import type { WorkOrder } from './work-order';

export interface NewWorkOrder {
  readonly id: string;
  readonly type: RequestType;
  readonly channel: Channel;
  readonly field?: RequestField;
  readonly matterNature?: MatterNature;
}

function issuesOf(input: NewWorkOrder): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof input.id !== 'string' || input.id === '') issues.push({ path: 'id', message: 'is required' });
  if (!isRequestType(input.type)) issues.push({ path: 'type', message: 'is not a request type of R12.1' });
  if (!isChannel(input.channel)) issues.push({ path: 'channel', message: 'is not a channel of R2.1' });
  if (input.field !== undefined && !isRequestField(input.field)) {
    issues.push({ path: 'field', message: 'is not a field of R12.1' });
  }
  if (input.matterNature !== undefined && !isMatterNature(input.matterNature)) {
    issues.push({ path: 'matterNature', message: `is one of ${MATTER_NATURES.join(', ')}` });
  }
  return issues;
}

/** The 'receive' step (R2.1, R14.1): a request becomes a work order in state 'received'. */
export function createWorkOrder(input: NewWorkOrder, context: WorkOrderContext): WorkOrderTransition {
  const transition = transitionOf('receive');
  checkActor(transition, context.actor);
  const issues = issuesOf(input);
  if (issues.length > 0) throw new InvalidDomainInputError('invalid work order', issues);
  const order: WorkOrder = {
    id: input.id,
    type: input.type,
    channel: input.channel,
    ...(input.field ? { field: input.field } : {}),
    ...(input.matterNature ? { matterNature: input.matterNature } : {}),
    status: 'received',
    phase: 'handling',
    version: 1,
    receivedAt: context.now,
    deadlines: {},
    dispatchCount: 0,
    extensionsGranted: 0,
    rehandlingCount: 0,
    supervisionTriggers: [],
    excludedFromAssessment: false,
  };
  return {
    order,
    step: {
      workOrderId: order.id,
      version: 1,
      event: 'receive',
      from: null,
      to: 'received',
      at: context.now,
      actor: context.actor,
      requirements: transition.requirements,
      details: {
        type: input.type,
        channel: input.channel,
        ...(input.field ? { field: input.field } : {}),
        ...(input.matterNature ? { matterNature: input.matterNature } : {}),
      },
    },
  };
}
