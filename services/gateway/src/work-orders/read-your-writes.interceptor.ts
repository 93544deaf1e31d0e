import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { SupervisionRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { from, mergeMap, Observable } from 'rxjs';
import { GatewayConfig } from '../gateway.config';

/** The routes of a work order's steps: whatever they answer with the work order, the view is awaited for. */
const STEP_ROUTE = /^\/api\/v1\/work-orders\/:id\//;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface HttpRequest {
  method: string;
  params?: Record<string, string>;
  route?: { path?: unknown };
}

/** A step answers the work order after it (a view, or `{ …, workOrder: view }`): its id and version. */
export function writtenVersionOf(body: unknown, workOrderId: string): number | undefined {
  const candidates = [body, (body as { workOrder?: unknown } | null)?.workOrder];
  for (const candidate of candidates) {
    const view = candidate as { id?: unknown; version?: unknown } | null | undefined;
    if (view?.id === workOrderId && typeof view.version === 'number') return view.version;
  }
  return undefined;
}

/**
 * Read your own writes (issue 11, item 7): after a step on a work order answers 2xx, the same client's next GET of
 * its view, list or timeline (all supervision's) shows the step. The step's answer carries the version; this waits,
 * a bounded time, until supervision's view has it, and answers the step then. Past the bound it answers anyway.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ReadYourWritesInterceptor.name);
  private readonly waitMs: number;

  constructor(
    private readonly rpc: RpcClient,
    config: GatewayConfig,
  ) {
    this.waitMs = config.HOTLINE_READ_YOUR_WRITES_WAIT_MS;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.waitMs === 0 || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const workOrderId = request.params?.['id'];
    if (!WRITES.has(request.method) || !workOrderId || !STEP_ROUTE.test(String(request.route?.path ?? '')))
      return next.handle();
    return next
      .handle()
      .pipe(
        mergeMap((body: unknown) =>
          from(this.awaitView(workOrderId, writtenVersionOf(body, workOrderId)).then(() => body)),
        ),
      );
  }

  private async awaitView(workOrderId: string, version: number | undefined): Promise<void> {
    if (version === undefined) return;
    try {
      const shown = await this.rpc.request(
        SupervisionRpc.awaitViewVersion,
        { workOrderId, version, waitMs: this.waitMs },
        this.waitMs + 2_000,
      );
      if (!shown.reached)
        this.logger.warn(
          `view of work order ${workOrderId} shows version ${shown.version}, not yet ${version}, after ${this.waitMs} ms`,
        );
    } catch (error) {
      // The step is done and answered either way: a view that cannot be asked only loses the guarantee.
      this.logger.warn(
        `could not wait for the view of work order ${workOrderId} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}
