import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { AuthenticatedRequest } from '@hotline/auth';
import { DispatchRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { Observable } from 'rxjs';
import { SupervisedUnitsOnRequest } from '../requests/actor-of';

/** Art. 8(4): the units below a unit, as the directory (dispatch) holds them, at any depth. */
@Injectable()
export class UnitHierarchy {
  constructor(private readonly rpc: RpcClient) {}

  async subordinatesOf(unitId: string): Promise<string[]> {
    return (await this.rpc.request(DispatchRpc.subordinateUnits, { id: unitId })).subordinateUnitIds;
  }
}

/**
 * Art. 8(4): before a route that reads work orders, a unit's subordinates are asked of the directory once, and
 * `@CurrentActor()` carries them (`supervisedUnitIds`) to the service that decides visibility. Only read routes take
 * it, so no event's actor ever carries them.
 */
@Injectable()
export class SupervisedUnitsInterceptor implements NestInterceptor {
  constructor(private readonly hierarchy: UnitHierarchy) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & SupervisedUnitsOnRequest>();
    const principal = request.principal;
    if (principal?.unitId && principal.roles.includes('unit'))
      request.supervisedUnitIds = await this.hierarchy.subordinatesOf(principal.unitId);
    return next.handle();
  }
}

/** On a route that reads work orders: a unit also reads, without acting on, those of the units below it (Art. 8(4)). */
export const ReadsSubordinates = () => applyDecorators(UseInterceptors(SupervisedUnitsInterceptor));
