import { Injectable } from '@nestjs/common';
import { ListRequestsQuery, RequestStatusView } from '@hotline/contracts';
import { FINISHED_STATUSES } from '@hotline/domain';
import { CitizenRequestRepository } from './citizen-request.repository';
import { requestStatusViewOf } from './request-status-view';

const DEFAULT_LIMIT = 100;

/** GET /open311/v2/requests: by numbers, types, channel, time received, open or finished. */
export type ListRequestStatusesCommand = ListRequestsQuery;

/** Requests and the status of their work orders, newest first, for Open311 clients and other channels (R2.1). No caller data. */
@Injectable()
export class ListRequestStatusesUseCase {
  constructor(private readonly requests: CitizenRequestRepository) {}

  async execute(command: ListRequestStatusesCommand): Promise<{ items: RequestStatusView[] }> {
    const rows = await this.requests.listStatuses({
      numbers: command.numbers,
      types: command.types,
      channel: command.channel,
      ...(command.receivedFrom ? { receivedFrom: new Date(command.receivedFrom) } : {}),
      ...(command.receivedTo ? { receivedTo: new Date(command.receivedTo) } : {}),
      ...(command.open === undefined
        ? {}
        : command.open
          ? { statusNotIn: FINISHED_STATUSES }
          : { statusIn: FINISHED_STATUSES }),
      limit: command.limit ?? DEFAULT_LIMIT,
    });
    return { items: rows.map(requestStatusViewOf) };
  }
}
