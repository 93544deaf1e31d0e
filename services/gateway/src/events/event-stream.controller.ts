import { Controller, Get, Inject, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AuthenticatedRequest, Roles } from '@hotline/auth';
import { STREAMS } from '@hotline/contracts';
import { MESSAGING_OPTIONS, type MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import { streamActorOf, streamEventFor } from './work-order-stream-event';

const HEARTBEAT_MS = 15_000;
const decoder = new TextDecoder();

/**
 * Server-sent events of work-order steps as they happen, scoped to the reader (a unit: its own orders). A plain NATS
 * subscription to the work-order subjects JetStream captures: live only, nothing is replayed, so a console that
 * reconnects reloads its list once and then follows the stream again.
 */
@ApiTags('console')
@ApiBearerAuth()
@Controller('api/v1/events')
export class EventStreamController {
  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
  ) {}

  @Get('stream')
  @Roles('operator', 'reviewer', 'supervisor', 'admin', 'unit')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'Server-sent events (`event: workorder`) of every work-order step the reader may see; a unit its own',
  })
  async stream(@Req() request: IncomingMessage & AuthenticatedRequest, @Res() response: ServerResponse): Promise<void> {
    const actor = request.principal ? streamActorOf(request.principal) : undefined;
    if (!actor) throw new UnauthorizedException('missing bearer token: send Authorization: Bearer <JWT>');
    const connection = await this.nats.connection();
    const subject = this.messaging.namespace.subject(`hotline.${STREAMS.WORKORDER.domain}.>`);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 3000\n: connected\n\n');
    const subscription = connection.subscribe(subject, {
      callback: (error, message) => {
        if (error) return;
        let envelope: unknown;
        try {
          envelope = JSON.parse(decoder.decode(message.data));
        } catch {
          return;
        }
        const event = streamEventFor(actor, envelope as Parameters<typeof streamEventFor>[1]);
        if (event) response.write(`id: ${event.eventId}\nevent: workorder\ndata: ${JSON.stringify(event)}\n\n`);
      },
    });
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    request.on('close', () => {
      clearInterval(heartbeat);
      subscription.unsubscribe();
    });
  }
}
