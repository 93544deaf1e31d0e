import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { EnvelopeInit, envelopeFromBinary, envelopeOf, envelopeToBinary } from './envelope-codec';
import { Envelope, Sender } from './gen/hotline/partner/v1/envelope_pb';
import { connect, NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';

/**
 * A partner line on NATS, as the simulator (`npm run partner`) and the tests play it: it reads what 12345 sends on
 * `partner.<code>.out`, keeps each message once by its id (as a receiver must), and sends on `partner.<code>.in`.
 */
export class PartnerLine {
  readonly received: Envelope[] = [];
  private sequence = 0;

  private constructor(
    private readonly connection: NatsConnection,
    private readonly prefix: string,
    readonly code: string,
  ) {}

  /** `onMessage` sees every message as it arrives, duplicates too. */
  static async connect(
    env: Record<string, string | undefined>,
    code: string,
    onMessage: (envelope: Envelope, duplicate: boolean) => void = () => undefined,
  ): Promise<PartnerLine> {
    const connection = await connect({ servers: env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    const line = new PartnerLine(connection, env['HOTLINE_NATS_PREFIX'] ?? '', code);
    const subscription = connection.subscribe(line.subject('out'));
    void (async () => {
      for await (const message of subscription) {
        const envelope = envelopeFromBinary(message.data);
        const duplicate = line.received.some((seen) => seen.messageId === envelope.messageId);
        line.received.push(envelope);
        onMessage(envelope, duplicate);
      }
    })();
    await connection.flush();
    return line;
  }

  /** The sequence number of the last message made. */
  get sequenceNumber(): number {
    return this.sequence;
  }

  /** The distinct messages, as the partner keeps them (duplicates dropped by message id). */
  distinct(): Envelope[] {
    return [...new Map(this.received.map((envelope) => [envelope.messageId, envelope])).values()];
  }

  async answer(to: Envelope, at: Date, body: NonNullable<EnvelopeInit['body']>): Promise<void> {
    await this.publish(this.envelope(at, to.sharedIncidentId, body));
  }

  /** A new message of this partner, with the next sequence number (`skip` leaves a gap before it). */
  envelope(at: Date, sharedIncidentId: string, body: NonNullable<EnvelopeInit['body']>, skip = 0): Envelope {
    this.sequence += 1 + skip;
    return envelopeOf({
      messageId: randomUUID(),
      partner: this.code,
      sender: Sender.PARTNER,
      sequence: BigInt(this.sequence),
      sentAt: timestampFromDate(at),
      expiresAt: timestampFromDate(new Date(at.getTime() + 5 * 60_000)),
      sharedIncidentId,
      body,
    });
  }

  /** Sends a message as it is (again, to replay it). */
  async publish(envelope: Envelope): Promise<void> {
    this.connection.publish(this.subject('in'), envelopeToBinary(envelope));
    await this.connection.flush();
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  private subject(direction: 'in' | 'out'): string {
    const base = `partner.${this.code}.${direction}`;
    return this.prefix ? `${this.prefix}.${base}` : base;
  }
}
