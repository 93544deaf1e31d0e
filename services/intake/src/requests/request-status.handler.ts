import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetRequestQuery, IntakeQueryRpc, ListRequestsQuery, RequestStatusView } from '@hotline/contracts';
import { ReadRequestStatusUseCase } from './read-request-status.use-case';

@Controller()
export class RequestStatusHandler {
  constructor(private readonly requests: ReadRequestStatusUseCase) {}

  @MessagePattern(IntakeQueryRpc.getRequest.subject)
  get(@Payload() query: GetRequestQuery): Promise<RequestStatusView> {
    return this.requests.get(query);
  }

  @MessagePattern(IntakeQueryRpc.listRequests.subject)
  list(@Payload() query: ListRequestsQuery): Promise<{ items: RequestStatusView[] }> {
    return this.requests.list(query);
  }
}
