import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CallerIdentityRpc,
  CloseContactRequestMessage,
  ContactRequestPage,
  ContactRequestView,
  CreateContactRequestMessage,
  ListContactRequestsQuery,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { CloseContactRequestUseCase } from './close-contact-request.use-case';
import { CreateContactRequestUseCase } from './create-contact-request.use-case';
import { ListContactRequestsUseCase } from './list-contact-requests.use-case';

@Controller()
export class ContactRequestsHandler {
  constructor(
    private readonly createContactRequest: CreateContactRequestUseCase,
    private readonly listContactRequests: ListContactRequestsUseCase,
    private readonly closeContactRequest: CloseContactRequestUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(CallerIdentityRpc.createContactRequest.subject)
  create(@Payload() message: CreateContactRequestMessage): Promise<ContactRequestView> {
    return this.createContactRequest.execute({ ...message, now: this.clock.now() });
  }

  @MessagePattern(CallerIdentityRpc.listContactRequests.subject)
  list(@Payload() query: ListContactRequestsQuery): Promise<ContactRequestPage> {
    return this.listContactRequests.execute(query.filters);
  }

  @MessagePattern(CallerIdentityRpc.closeContactRequest.subject)
  close(@Payload() message: CloseContactRequestMessage): Promise<ContactRequestView> {
    return this.closeContactRequest.execute({ ...message, now: this.clock.now() });
  }
}
