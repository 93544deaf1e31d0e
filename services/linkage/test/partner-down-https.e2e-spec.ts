import { bearer, eventually, platformSuite } from '@hotline/testing';
import {
  AcknowledgementOutcome,
  Envelope,
  envelopeFromJson,
  PARTNER_SIGNATURE_HEADERS,
  partnerSignatureMatches,
} from '@hotline/partner-contracts';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  newPartnerKey,
  partnerEnvelope,
  postSigned,
  timelineTransferSteps,
  transfersListed,
  updatePartner,
} from './partner-support';

const NOW = new Date('2026-12-01T08:00:00Z');
const PHONE = '13907310066';

/** The water company's endpoint: answers 503 while it is down, then checks our signature and takes the message. */
class WaterEndpoint {
  down = true;
  refused = 0;
  readonly taken: Envelope[] = [];
  badSignatures = 0;
  private server?: Server;

  constructor(private readonly secret: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void bodyOf(request).then((body) => {
        if (this.down) {
          this.refused += 1;
          response.writeHead(503).end();
          return;
        }
        const header = (name: string) => String(request.headers[name] ?? '');
        const signed = partnerSignatureMatches(
          this.secret,
          header(PARTNER_SIGNATURE_HEADERS.timestamp),
          body,
          header(PARTNER_SIGNATURE_HEADERS.signature),
        );
        if (!signed) {
          this.badSignatures += 1;
          response.writeHead(401).end();
          return;
        }
        this.taken.push(envelopeFromJson(body));
        response.writeHead(202, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hotline/events`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * R10.1 over signed HTTPS (a real local HTTP server as the water company's endpoint) and the built services: the
 * partner is down for a while — linkage tries again with back-off and alerts the operator; when it returns the
 * message is delivered exactly once, and its acknowledgement shows on the request's timeline.
 */
describe('a utility partner on HTTPS is down for a while (built services, HTTP, NATS, Postgres)', () => {
  const key = newPartnerKey('water-2026');
  const water = new WaterEndpoint(key.secret);
  const OPERATOR = bearer(['operator'], 'op-5');
  const ADMIN = bearer(['admin'], 'adm-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const suite = platformSuite('partner-down', { startAt: NOW });
  const { call } = suite;
  const transfersOf = transfersListed(call, OPERATOR);
  let clock = NOW.getTime();
  const advance = async (seconds: number) => {
    clock += seconds * 1000;
    suite.platform.setClock(new Date(clock));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  };

  beforeAll(async () => {
    const deliveryUrl = await water.start();
    const put = await updatePartner(call, ADMIN, 'water', { ackTimeoutSeconds: 5, deliveryUrl, key });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ channel: 'https', deliveryUrl });
    expect(put.text).not.toContain(key.secret);
  }, 30_000);

  afterAll(async () => {
    await water.stop();
  });

  it('R10.1 tries again with back-off while the endpoint is down, alerts the operator, delivers once when it is back, and the acknowledgement reaches the timeline', async () => {
    const recorded = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '孙八', phone: PHONE },
      content: '韶山中路自来水主管爆裂，路面积水',
      type: 'help',
      category: '供水抢修',
      location: { district: '雨湖区', address: '韶山中路66号' },
    });
    expect(recorded.status).toBe(201);
    const workOrderId = recorded.body.workOrder.id as string;
    const sent = await eventually(
      () =>
        call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, {
          partner: 'water',
          shareCallback: true,
        }),
      (answer) => answer.status === 201,
      30_000,
    );
    expect(sent.body).toMatchObject({ partner: 'water', status: 'sent' });

    // Down: every try is refused; the next comes 1 s, 2 s, 4 s … of the platform's clock after the one before.
    for (let i = 0; i < 4; i += 1) await advance(2);
    await eventually(
      () => Promise.resolve(water.refused),
      (refused) => refused >= 3,
      20_000,
    );
    const alerted = await eventually(
      () => transfersOf(workOrderId, 'unacknowledged'),
      (items) => items[0]?.alertedAt !== undefined,
      20_000,
    );
    expect(alerted[0]).toMatchObject({ status: 'sent', partner: 'water' });
    expect(alerted[0].attempts).toBeGreaterThanOrEqual(3);

    // Back: the next try is taken (signed with the partner's key), and never sent again.
    water.down = false;
    for (let i = 0; i < 3 && water.taken.length === 0; i += 1) await advance(30);
    await eventually(
      () => Promise.resolve(water.taken.length),
      (count) => count === 1,
      20_000,
    );
    for (let i = 0; i < 3; i += 1) await advance(30);
    expect(water.taken).toHaveLength(1);
    expect(water.badSignatures).toBe(0);
    const [incident] = water.taken;
    if (incident.body.case !== 'transfer') throw new Error('no transfer');
    expect(incident.body.value).toMatchObject({ category: '供水抢修', callbackNumber: PHONE, emergency: false });
    expect((await transfersOf(workOrderId))[0]).toMatchObject({ status: 'received' });

    const acknowledgement = partnerEnvelope(
      'water',
      1,
      new Date(clock),
      {
        case: 'acknowledgement',
        value: {
          acknowledgedMessageId: incident.messageId,
          outcome: AcknowledgementOutcome.ACCEPTED,
          decidedBy: '供水调度',
          receiverReference: 'GS-2026-0107',
        },
      },
      { sharedIncidentId: incident.sharedIncidentId },
    );
    expect((await postSigned(suite.platform.gatewayUrl, 'water', acknowledgement, key, new Date(clock))).status).toBe(
      202,
    );
    const accepted = await eventually(
      () => transfersOf(workOrderId),
      (items) => items[0]?.status === 'accepted',
      20_000,
    );
    expect(accepted[0]).toMatchObject({ partnerReference: 'GS-2026-0107' });
    expect(await transfersOf(workOrderId, 'unacknowledged')).toEqual([]);

    const { steps } = await timelineTransferSteps(call, SUPERVISOR, workOrderId, 3);
    expect(steps).toEqual(['transfer-sent:sent', 'transfer-unacknowledged:sent', 'transfer-answered:accepted']);
    for (const service of suite.platform.services) expect(service.output()).not.toContain(PHONE);
  });
});
