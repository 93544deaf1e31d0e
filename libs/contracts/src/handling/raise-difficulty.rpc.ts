import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DifficultyKind } from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { defineRpc } from '../rpc/rpc-definition';
import { WorkOrderView } from '../work-orders/work-order-view';

const DIFFICULTY_KINDS = ['unclear-duty', 'unclear-jurisdiction', 'disputed-law'] as const satisfies readonly DifficultyKind[];

/** R21.1: a difficult matter (unclear duty, unclear jurisdiction, disputed law) goes to the office. */
export class RaiseDifficultyMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @IsUUID()
  workOrderId: string;

  @IsIn(DIFFICULTY_KINDS)
  kind: DifficultyKind;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export const RaiseDifficultyRpc = defineRpc<RaiseDifficultyMessage, WorkOrderView>('handling', 'work-orders.raise-difficulty');
