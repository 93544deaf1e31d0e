import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetRequestQuery, IntakeQueryRpc, ListRequestsQuery, RequestStatusView } from '@hotline/contracts';
import { GetRequestStatusUseCase } from './get-request-status.use-case';
import { ListRequestStatusesUseCase } from './list-request-statuses.use-case';

@Controller()
export class RequestStatusHandler {
  constructor(
    private readonly getRequestStatus: GetRequestStatusUseCase,
    private readonly listRequestStatuses: ListRequestStatusesUseCase,
  ) {}

  @MessagePattern(IntakeQueryRpc.getRequest.subject)
  get(@Payload() query: GetRequestQuery): Promise<RequestStatusView> {
    return this.getRequestStatus.execute(query);
  }

  @MessagePattern(IntakeQueryRpc.listRequests.subject)
  list(@Payload() query: ListRequestsQuery): Promise<{ items: RequestStatusView[] }> {
    return this.listRequestStatuses.execute(query);
  }
}
