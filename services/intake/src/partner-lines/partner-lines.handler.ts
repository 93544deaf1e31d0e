import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, PartnerSaved, PartnerSavedPayload } from '@hotline/contracts';
import { PartnerLines } from './partner-lines';

/** `linkage.partner-saved` into intake's copy of the registry; idempotent (the newest save wins). */
@Controller()
export class PartnerLinesHandler {
  constructor(private readonly lines: PartnerLines) {}

  @EventPattern(PartnerSaved.subject)
  onSaved(@Payload() { payload }: EventEnvelope<PartnerSavedPayload>): Promise<void> {
    return this.lines.keep({
      code: payload.code,
      name: payload.name,
      kind: payload.kind,
      enabled: payload.enabled,
      takesFromUs: payload.takesFromUs,
      updatedAt: new Date(payload.updatedAt),
    });
  }
}
