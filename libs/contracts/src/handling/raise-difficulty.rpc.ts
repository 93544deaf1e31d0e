import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DifficultyKind } from '@hotline/domain';
import { defineRpc } from '../rpc/rpc-definition';
import { WorkOrderView } from '../work-orders/work-order-view';
import { WorkOrderActionMessage } from '../work-orders/work-order-action.message';

export const RAISE_DIFFICULTY_KINDS = [
  'unclear-duty',
  'unclear-jurisdiction',
  'disputed-law',
] as const satisfies readonly DifficultyKind[];

/** POST /api/v1/work-orders/{id}/coordination (R21.1): a difficult matter for the office (市热线信箱办). */
export class RaiseDifficultyCommand {
  @IsIn(RAISE_DIFFICULTY_KINDS)
  kind: DifficultyKind;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RaiseDifficultyMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => RaiseDifficultyCommand)
  difficulty: RaiseDifficultyCommand;
}

/**
 * Handling raises a difficult matter on a work order in a state it owns (e.g. dispatched); dispatch does the
 * same for its own states (DispatchRpc.raiseDifficulty). The gateway asks dispatch first and handling when
 * dispatch answers 409 with `details.writer` 'handling'.
 */
export const RaiseDifficultyRpc = defineRpc<RaiseDifficultyMessage, WorkOrderView>(
  'handling',
  'work-orders.raise-difficulty',
);
