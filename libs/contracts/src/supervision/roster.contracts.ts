import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DUTY_KINDS, DUTY_TIME_PATTERN, DutyKind } from '@hotline/domain';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';
import { IsUnitCode } from '../dispatch/unit-code';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A Beijing day, YYYY-MM-DD, or `<field> must be a day, YYYY-MM-DD`. */
function IsDay(): PropertyDecorator {
  return Matches(ISO_DATE, { message: '$property must be a day, YYYY-MM-DD' });
}

/** The longest span one roster query reads: a year and a day. */
export const ROSTER_QUERY_MAX_DAYS = 366;

/** POST /api/v1/rosters: a leader's answering day (领导接听日) or a unit head's rotation day (轮值日), Art. 11, R11.1. */
export class DutyInput {
  @IsIn(DUTY_KINDS)
  kind: DutyKind;

  /** the Beijing day, YYYY-MM-DD */
  @IsDay()
  date: string;

  /** who answers or rotates, with the post, e.g. '副市长 王某' */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  person: string;

  /** for a rotation: the handling unit (承办单位) the head comes from; none for a city leader */
  @IsOptional()
  @IsUnitCode()
  unitId?: string;

  /** start of the slot in Beijing time, HH:MM (with `until`); the whole day without both */
  @IsOptional()
  @Matches(DUTY_TIME_PATTERN, { message: 'from must be a time of day, HH:MM' })
  from?: string;

  @IsOptional()
  @Matches(DUTY_TIME_PATTERN, { message: 'until must be a time of day, HH:MM (24:00 for the end of the day)' })
  until?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ScheduleDutyMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => DutyInput)
  duty: DutyInput;
}

/** GET /api/v1/rosters: one day (`date`), or the days from `from` to `to` (at most 366), by kind or unit. */
export class RosterQuery {
  @IsOptional()
  @IsDay()
  date?: string;

  @IsOptional()
  @IsDay()
  from?: string;

  @IsOptional()
  @IsDay()
  to?: string;

  @IsOptional()
  @IsIn(DUTY_KINDS)
  kind?: DutyKind;

  @IsOptional()
  @IsUnitCode()
  unitId?: string;
}

export interface DutyView {
  id: string;
  kind: DutyKind;
  date: string;
  person: string;
  unitId?: string;
  from?: string;
  until?: string;
  note?: string;
  createdAt: string;
  createdBy: string;
}

/** Who is on duty at the hotline on a day (R11.1): the leaders answering and the unit heads rotating. */
export interface OnDutyView {
  date: string;
  leaders: DutyView[];
  rotations: DutyView[];
}

export const RosterRpc = {
  list: defineRpc<RosterQuery, { items: DutyView[] }>('supervision', 'rosters.list'),
  schedule: defineRpc<ScheduleDutyMessage, DutyView>('supervision', 'rosters.schedule'),
};

/** A duty put on the roster (R11.1): who answers or rotates at the hotline on a day. */
export class RosterDutyScheduledPayload {
  @IsUUID()
  dutyId: string;

  @IsIn(DUTY_KINDS)
  kind: DutyKind;

  @Matches(ISO_DATE)
  date: string;

  @IsString()
  @MaxLength(64)
  person: string;

  @IsOptional()
  @IsString()
  unitId?: string;

  @IsOptional()
  @IsString()
  from?: string;

  @IsOptional()
  @IsString()
  until?: string;
}

export const RosterDutyScheduled = defineEvent('supervision', 'roster-duty-scheduled', 1, RosterDutyScheduledPayload);
