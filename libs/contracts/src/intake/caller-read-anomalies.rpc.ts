import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { defineRpc } from '../rpc/rpc-definition';
import { IsUnitCode } from '../dispatch/unit-code';

/** Art. 26(5) the caller-read audit of one unit (or every unit that read) over one month (Beijing). */
export class CallerReadAnomaliesFilters {
  @IsOptional()
  @IsUnitCode({ message: 'unitId must be a unit id such as xt-cgj' })
  unitId?: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;
}

export class CallerReadAnomaliesQuery {
  @ValidateNested()
  @Type(() => CallerReadAnomaliesFilters)
  filters: CallerReadAnomaliesFilters;
}

/** One audited read as the register shows it (never the caller: only who read which work order when). */
export interface AnomalousCallerRead {
  id: string;
  readerId: string;
  workOrderId: string | null;
  readAt: string;
  reason: string;
  workOrderStatus?: string;
}

export interface CallerReadAnomalies {
  unitId: string;
  month: string;
  /** every clear read by the unit's staff in the month */
  reads: number;
  /** runs of many reads by one reader in a short time (HOTLINE_CALLER_READ_BURST_COUNT within …_MINUTES) */
  bursts: { readerId: string; from: string; until: string; reads: number; readIds: string[] }[];
  /** reads on a day off or outside 8:00–18:00 (Beijing), per the working-day calendar */
  outsideWorkingHours: AnomalousCallerRead[];
  /** reads while the work order was not with its units (not yet dispatched, done, closed) */
  ofOrdersNotWorkedOn: AnomalousCallerRead[];
  /** true when a list was cut at its maximum (500) */
  truncated: boolean;
}

export const CallerReadAuditRpc = {
  anomalies: defineRpc<CallerReadAnomaliesQuery, { items: CallerReadAnomalies[] }>('intake', 'caller-reads.anomalies'),
};
