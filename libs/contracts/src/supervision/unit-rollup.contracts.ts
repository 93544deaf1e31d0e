import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Actor, MAX_SUPERVISED_UNITS } from '../events/event-envelope';
import { defineRpc } from '../rpc/rpc-definition';
import { IsUnitCode } from '../dispatch/unit-code';

/** Art. 8(4) the open and overdue work orders of a unit and of each unit below it, rolled up. */
export class UnitRollupQuery {
  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;

  @IsUnitCode()
  unitId: string;

  /** the units below it, from the directory (the gateway asks dispatch) */
  @IsArray()
  @ArrayMaxSize(MAX_SUPERVISED_UNITS)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  subordinateUnitIds: string[];
}

/** The work orders a unit leads that are not finished, and of those the ones past their running limit. */
export interface UnitWorkOrderCounts {
  unitId: string;
  open: number;
  overdue: number;
}

export interface UnitRollupView {
  unitId: string;
  /** the unit's own work orders (as lead unit) */
  own: UnitWorkOrderCounts;
  /** each unit below it, as lead unit */
  subordinates: UnitWorkOrderCounts[];
  /** the unit's own and its subordinates' together */
  total: { open: number; overdue: number };
}

export const UnitRollupRpc = {
  get: defineRpc<UnitRollupQuery, UnitRollupView>('supervision', 'units.rollup'),
};
