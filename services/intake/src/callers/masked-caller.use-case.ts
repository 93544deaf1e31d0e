import { Injectable } from '@nestjs/common';
import { CallerView, domainActorOf, MaskedCallerQuery } from '@hotline/contracts';
import { maskName, maskPhone, showsMaskedCaller } from '@hotline/domain';
import { CallerCipher } from './caller-cipher';
import { withoutUndefined } from './read-caller.use-case';
import { WorkOrderCallers } from './work-order-callers';

/** The caller the work-order view carries, for its viewer. */
export type MaskedCallerCommand = MaskedCallerQuery;

/** R14.3 the caller the work-order view carries: masked, or only whether the caller is anonymous. Never clear, so not audited. */
@Injectable()
export class MaskedCallerUseCase {
  constructor(
    private readonly cipher: CallerCipher,
    private readonly callers: WorkOrderCallers,
  ) {}

  async execute(query: MaskedCallerCommand): Promise<CallerView> {
    const { request, order } = await this.callers.find({ workOrderId: query.workOrderId });
    if (!showsMaskedCaller(domainActorOf(query.viewer), order ?? {}, request)) return { anonymous: request.anonymous };
    return withoutUndefined({
      anonymous: request.anonymous,
      view: 'masked' as const,
      name: request.callerNameEnc ? maskName(this.cipher.decrypt(request.callerNameEnc)) : undefined,
      phone: request.callerPhoneEnc ? maskPhone(this.cipher.decrypt(request.callerPhoneEnc)) : undefined,
    });
  }
}
