import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsObject,
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MATTER_NATURES, MatterNature, PARTNER_CODE_PATTERN } from '@hotline/domain';
import { RequestAssist } from '../intake/request-assist.view';
import {
  REQUEST_CHANNELS,
  REQUEST_FIELDS,
  REQUEST_TYPES,
  RequestChannel,
  RequestField,
  RequestType,
} from './reference';

/** A caller's telephone number as it is taken down: 6 to 20 digits, spaces or dashes after an optional +. */
export function IsCallerPhone(): PropertyDecorator {
  return Matches(/^\+?[0-9][0-9 -]{5,19}$/, { message: 'phone must be a telephone number of 6 to 20 digits' });
}

export class CallerInput {
  @IsOptional()
  @IsString()
  @MaxLength(64)
  name?: string;

  @IsOptional()
  @IsCallerPhone()
  phone?: string;

  @IsOptional()
  @Matches(/^[0-9]{17}[0-9Xx]$/, { message: 'idNumber must be an 18-character resident identity number' })
  idNumber?: string;

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

export class LocationInput {
  @IsOptional()
  @IsString()
  @MaxLength(32)
  district?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  street?: string;

  @IsOptional()
  @IsString()
  @MaxLength(256)
  address?: string;

  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  lng?: number;
}

export const DECISION_OUTCOMES = ['dispatch', 'close-online', 'callback', 'reject'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export class DecisionInput {
  @IsIn(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  reasonCode?: number;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  basis?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  articleId?: string;

  /** R13.1(5): the partner line (110, 119, 120, 122 or a utility line) linkage transfers the incident to; absent, the
   * enabled line whose agreed list holds the category. Only with outcome `reject` and reason 5. */
  @IsOptional()
  @Matches(PARTNER_CODE_PATTERN, { message: 'transferTo must be a partner code such as 110' })
  transferTo?: string;

  /** R13.1(5): the caller agreed that the partner may call back; the number is read (audited) when it is sent. */
  @IsOptional()
  @IsBoolean()
  shareCallback?: boolean;
}

/** POST /api/v1/requests, and the intake command behind it. */
export class RecordRequestCommand {
  @IsIn(REQUEST_CHANNELS)
  channel: RequestChannel;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  ctiCallId?: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CallerInput)
  caller: CallerInput;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  content: string;

  @IsIn(REQUEST_TYPES)
  type: RequestType;

  @IsOptional()
  @IsIn(REQUEST_FIELDS)
  field?: RequestField;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionInput)
  decision?: DecisionInput;

  /** R15.2 the caller agreed to be answered by call back or three-way call; required `true` for outcome `callback`. */
  @IsOptional()
  @IsBoolean()
  callerConsent?: boolean;

  /** R20.3 mediation and law-enforcement matters are not measured by satisfaction alone. */
  @IsOptional()
  @IsIn(MATTER_NATURES)
  matterNature?: MatterNature;
}

export const ASSIST_TIMINGS = ['inline', 'later'] as const;
export type AssistTiming = (typeof ASSIST_TIMINGS)[number];

/** The intake command: the request and the staff member or partner who recorded it. */
export class RecordRequestMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => RecordRequestCommand)
  request: RecordRequestCommand;

  /** `inline` (default) answers with the assist; `later` leaves it to `GET …/assist`, for callers no operator reads for. */
  @IsOptional()
  @IsIn(ASSIST_TIMINGS)
  assist?: AssistTiming;
}

/** The POST's query: `?assist=later` records the request without computing its assist. */
export class RecordRequestQuery {
  @IsOptional()
  @IsIn(ASSIST_TIMINGS)
  assist?: AssistTiming;
}

export interface DeadlineSummary {
  /** ISO-8601 with +08:00; 24:00 of the last day is shown as 00:00 of the next. */
  due: string;
  /** Counted over days of a year whose holiday notice is not published yet. */
  provisional: boolean;
  display: string;
}

export interface WorkOrderSummary {
  id: string;
  number: string;
  status: string;
  deadlines?: { callback?: DeadlineSummary };
}

/** R13.1/R14.2 why a request was not accepted, for the operator to tell the caller. */
export interface RejectionSummary {
  reasonCode: number;
  /** the words of Art. 13 for the reason */
  reason: string;
  basis: string;
  /** `jurisdiction`: the district is known to lie outside the city and the operator decided nothing (R13.1(8)) */
  decidedBy: 'operator' | 'jurisdiction';
}

export interface RecordRequestResult {
  requestId: string;
  outcome: DecisionOutcome;
  workOrder?: WorkOrderSummary;
  rejection?: RejectionSummary;
  /** R13.2/R15.1/R27.1 what the system noticed about the request. */
  assist?: RequestAssist;
}
