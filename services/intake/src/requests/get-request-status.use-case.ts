import { Injectable } from '@nestjs/common';
import { GetRequestQuery, RequestStatusView } from '@hotline/contracts';
import { FieldProblemError, NotFoundError } from '@hotline/domain';
import { CitizenRequestRepository } from './citizen-request.repository';
import { requestStatusViewOf } from './request-status-view';

/** GET /open311/v2/requests/{id}: by request id or work-order number. */
export type GetRequestStatusCommand = GetRequestQuery;

/** One request and the status of its work order, for Open311 clients and other channels (R2.1). No caller data. */
@Injectable()
export class GetRequestStatusUseCase {
  constructor(private readonly requests: CitizenRequestRepository) {}

  async execute(command: GetRequestStatusCommand): Promise<RequestStatusView> {
    if (!command.requestId && !command.number) {
      throw new FieldProblemError(
        [{ field: 'number', problems: ['requestId or number is required'] }],
        'requestId or number is required',
      );
    }
    const row = command.requestId
      ? await this.requests.statusByRequestId(command.requestId)
      : await this.requests.statusByNumber(String(command.number));
    if (!row) throw new NotFoundError(`no request ${command.requestId ?? command.number}`);
    return requestStatusViewOf(row);
  }
}
