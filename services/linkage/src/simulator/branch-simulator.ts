import { BRANCH_ORDER_STATUSES, BranchOrderStatus } from '@hotline/domain';
import {
  BranchWorkOrder,
  BranchWorkOrderSchema,
  Envelope,
  PartnerLine,
  RECONCILIATION_PAGE_MAX,
} from '@hotline/partner-contracts';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { create } from '@bufbuild/protobuf';
import { randomUUID } from 'node:crypto';

export interface BranchRun {
  orders: number;
  /** the first of `gapSize` messages lost on the way (the branch still has them, and sends them again when asked) */
  gapAt?: number;
  gapSize?: number;
  /** from this message on the branch is away for `disconnectSeconds`: what it sends meanwhile never arrives */
  disconnectAt?: number;
  disconnectSeconds?: number;
  /** messages per second at most (0: as fast as NATS takes them) */
  rate?: number;
  /** every this many orders, an earlier order moves on by one to four statuses */
  statusEvery?: number;
}

export interface BranchSummary {
  branch: string;
  orders: number;
  byStatus: Record<BranchOrderStatus, number>;
  sent: number;
  lost: number;
  resent: number;
  pagesServed: number;
}

const TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion'];
const DISTRICTS = ['雨湖区', '岳塘区', '湘潭县', '韶山市', '湘乡市'];

/**
 * A branch centre (12315 …) on NATS, as `npm run partner -- --as 12315 branch` and the tests play it (R10.2): it pushes
 * its orders and their status changes numbered 1, 2, 3 …, can lose a range on the way or go away for a while, and
 * answers 12345's `ReconciliationRequest`: a sequence range is sent again (same message ids, fresh expiry), a cursor
 * is answered with a page of its own orders in external-id order.
 */
export class BranchSimulator {
  private readonly store = new Map<string, BranchWorkOrder>();
  private readonly log = new Map<number, Envelope>();
  private readonly started = Date.now();
  private offlineUntil = 0;
  private counts = { sent: 0, lost: 0, resent: 0, pagesServed: 0 };

  private constructor(
    private readonly line: PartnerLine,
    readonly code: string,
  ) {}

  static async connect(env: Record<string, string | undefined>, code: string): Promise<BranchSimulator> {
    const answering: { simulator?: BranchSimulator } = {};
    const line = await PartnerLine.connect(env, code, (envelope, duplicate) => {
      if (!duplicate && envelope.body.case === 'reconciliationRequest') void answering.simulator?.answer(envelope);
    });
    answering.simulator = new BranchSimulator(line, code);
    return answering.simulator;
  }

  async run(plan: BranchRun): Promise<void> {
    const rate = plan.rate ?? 0;
    const statusEvery = plan.statusEvery ?? 5;
    const begun = Date.now();
    for (let index = 1; index <= plan.orders; index += 1) {
      await this.push(this.newOrder(index), plan);
      if (index % statusEvery === 0) {
        const earlier = this.store.get(externalIdOf(this.code, 1 + Math.floor(index / 2)));
        for (let step = 0; earlier && step <= index % 4; step += 1) await this.advance(earlier, plan);
      }
      if (rate > 0) {
        const ahead = (this.line.sequenceNumber / rate) * 1000 - (Date.now() - begun);
        if (ahead > 0) await sleep(ahead);
      }
    }
    while (Date.now() < this.offlineUntil) await sleep(100);
  }

  summary(): BranchSummary {
    const byStatus = Object.fromEntries(BRANCH_ORDER_STATUSES.map((status) => [status, 0])) as Record<
      BranchOrderStatus,
      number
    >;
    for (const order of this.store.values()) byStatus[order.status as BranchOrderStatus] += 1;
    return { branch: this.code, orders: this.store.size, byStatus, ...this.counts };
  }

  /** The orders as the branch holds them now, by external id. */
  orders(): ReadonlyMap<string, BranchWorkOrder> {
    return this.store;
  }

  close(): Promise<void> {
    return this.line.close();
  }

  private newOrder(index: number): BranchWorkOrder {
    const at = this.timeOf(this.line.sequenceNumber + 1);
    return create(BranchWorkOrderSchema, {
      externalId: externalIdOf(this.code, index),
      number: `${this.code}-${String(index).padStart(8, '0')}`,
      requestType: TYPES[index % TYPES.length],
      category: '消费投诉',
      matter: `商品质量问题，编号 ${index}`,
      district: DISTRICTS[index % DISTRICTS.length],
      status: 'accepted',
      acceptedAt: timestampFromDate(at),
      dueAt: timestampFromDate(new Date(at.getTime() + 5 * 86_400_000)),
      handlingUnit: '市市场监督管理局',
      updatedAt: timestampFromDate(at),
    });
  }

  private async push(order: BranchWorkOrder, plan: BranchRun): Promise<void> {
    this.store.set(order.externalId, order);
    await this.send({ case: 'branchWorkOrder', value: { ...order } }, plan);
  }

  private async advance(order: BranchWorkOrder, plan: BranchRun): Promise<void> {
    const next = BRANCH_ORDER_STATUSES[BRANCH_ORDER_STATUSES.indexOf(order.status as BranchOrderStatus) + 1];
    if (!next) return;
    const at = this.timeOf(this.line.sequenceNumber + 1);
    order.status = next;
    order.updatedAt = timestampFromDate(at);
    await this.send(
      { case: 'branchStatus', value: { externalId: order.externalId, status: next, changedAt: timestampFromDate(at) } },
      plan,
    );
  }

  private async send(body: Parameters<PartnerLine['envelope']>[2], plan: BranchRun): Promise<void> {
    const envelope = this.line.envelope(new Date(), randomUUID(), body);
    const sequence = Number(envelope.sequence);
    this.log.set(sequence, envelope);
    if (plan.disconnectAt === sequence) this.offlineUntil = Date.now() + (plan.disconnectSeconds ?? 5) * 1000;
    const inGap = plan.gapAt !== undefined && sequence >= plan.gapAt && sequence < plan.gapAt + (plan.gapSize ?? 20);
    if (inGap || this.offline()) {
      this.counts.lost += 1;
      return;
    }
    await this.line.publish(envelope);
    this.counts.sent += 1;
  }

  private async answer(request: Envelope): Promise<void> {
    if (request.body.case !== 'reconciliationRequest' || this.offline()) return;
    const { fromSequence, toSequence, cursor } = request.body.value;
    if (fromSequence > 0n) {
      for (let sequence = Number(fromSequence); sequence <= Number(toSequence); sequence += 1) {
        const envelope = this.log.get(sequence);
        if (!envelope) continue;
        envelope.expiresAt = timestampFromDate(new Date(Date.now() + 5 * 60_000));
        await this.line.publish(envelope);
        this.counts.resent += 1;
      }
      return;
    }
    const orders = [...this.store.values()].sort((a, b) => a.externalId.localeCompare(b.externalId));
    const start = cursor ? Number(cursor) : 0;
    const end = Math.min(start + RECONCILIATION_PAGE_MAX, orders.length);
    const envelope = this.line.envelope(new Date(), request.sharedIncidentId, {
      case: 'reconciliationPage',
      value: {
        orders: orders.slice(start, end).map((order) => ({ ...order })),
        nextCursor: end < orders.length ? String(end) : '',
        throughSequence: BigInt(this.line.sequenceNumber + 1),
        total: BigInt(orders.length),
        cursor,
      },
    });
    this.log.set(Number(envelope.sequence), envelope);
    await this.line.publish(envelope);
    this.counts.pagesServed += 1;
  }

  private offline(): boolean {
    return Date.now() < this.offlineUntil;
  }

  /** The branch's own clock for its changes: one millisecond per message, so every change is newer than the last. */
  private timeOf(sequence: number): Date {
    return new Date(this.started + sequence);
  }
}

export function externalIdOf(code: string, index: number): string {
  return `${code}-${String(index).padStart(8, '0')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
