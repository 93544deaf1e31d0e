import { Injectable } from '@nestjs/common';
import { CallerMisuseFlagView, RecordCallerMisuseMessage } from '@hotline/contracts';
import { checkMisuseReport, isCallerMisuseKind, NotFoundError, StateConflictError } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { IntakeConfig } from '../intake.config';
import { CitizenRequestRepository } from '../requests/citizen-request.repository';
import { CallerMisuseFlag } from './caller-misuse-flag.entity';
import { CallerMisuseFlagRepository } from './caller-misuse-flag.repository';

/** POST /api/v1/requests/{id}/misuse, at the clock's time. */
export class RecordCallerMisuseCommand extends RecordCallerMisuseMessage {
  now: Date;
}

/**
 * R27.1 an operator flags a request's caller for abuse, threats or long occupation. The flag is kept under the keyed
 * hash of the caller's phone with the operator's id (its audit); a request without a phone keeps none (422).
 */
@Injectable()
export class RecordCallerMisuseUseCase {
  private readonly longOccupationMinutes: number;

  constructor(
    private readonly requests: CitizenRequestRepository,
    private readonly flags: CallerMisuseFlagRepository,
    config: IntakeConfig,
  ) {
    this.longOccupationMinutes = config.HOTLINE_LONG_OCCUPATION_MINUTES;
  }

  async execute({ actor, requestId, body, now }: RecordCallerMisuseCommand): Promise<CallerMisuseFlagView> {
    const request = await this.requests.findById(requestId);
    if (!request) throw new NotFoundError(`no request ${requestId}`);
    const flaggedKinds = (await this.flags.kindsOfRequest(requestId)).filter(isCallerMisuseKind);
    const note = body.note.trim();
    const report = {
      kind: body.kind,
      note,
      ...(body.durationSeconds === undefined ? {} : { durationSeconds: body.durationSeconds }),
    };
    checkMisuseReport(report, { callerKey: request.callerPhoneHash, flaggedKinds }, this.longOccupationMinutes);
    const row: CallerMisuseFlag = {
      id: randomUUID(),
      requestId,
      callerPhoneHash: String(request.callerPhoneHash),
      kind: body.kind,
      count: null,
      limit: null,
      windowMinutes: null,
      note,
      durationSeconds: body.durationSeconds ?? null,
      recordedBy: actor.id,
      flaggedAt: now,
    };
    // Two operators at once: the unique (request, kind) lets one in.
    if (!(await this.flags.insertIfNew(row)))
      throw new StateConflictError(`the request is already flagged as ${body.kind}`, { kind: body.kind });
    return {
      id: row.id,
      requestId,
      callerHash: row.callerPhoneHash,
      kind: body.kind,
      note,
      ...(row.durationSeconds === null ? {} : { durationSeconds: row.durationSeconds }),
      recordedBy: actor.id,
      flaggedAt: now.toISOString(),
    };
  }
}
