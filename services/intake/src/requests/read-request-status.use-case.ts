import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GetRequestQuery, ListRequestsQuery, RequestStatusView } from '@hotline/contracts';
import { FINISHED_STATUSES, isOpenStatus } from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CitizenRequest } from './citizen-request.entity';
import { IntakeWorkOrder } from './intake-work-order.entity';

const DEFAULT_LIMIT = 100;

interface Row {
  id: string;
  channel: string;
  type: string;
  field: string | null;
  category: string | null;
  content: string;
  location: RequestStatusView['location'];
  anonymous: boolean;
  received_at: Date;
  work_order_id: string;
  number: string;
  status: string;
  rejection_reason_code: number | null;
  rejection_basis: string | null;
  article_id: string | null;
  updated_at: Date;
}

/** Requests and the status of their work orders, for Open311 clients and other channels (R2.1). No caller data. */
@Injectable()
export class ReadRequestStatusUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(query: GetRequestQuery): Promise<RequestStatusView> {
    if (!query.requestId && !query.number) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'requestId or number is required', details: [{ field: 'number', problems: ['requestId or number is required'] }] });
    }
    const [row] = await this.select(this.dataSource.manager, query.requestId ? 'r.id = $1' : 'w.number = $1', [query.requestId ?? query.number], 1);
    if (!row) throw new NotFoundException(`no request ${query.requestId ?? query.number}`);
    return toView(row);
  }

  async list(query: ListRequestsQuery): Promise<{ items: RequestStatusView[] }> {
    const where: string[] = [];
    const parameters: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(clause(`$${parameters.length}`));
    };
    if (query.numbers?.length) add((p) => `w.number = ANY(${p})`, query.numbers);
    if (query.types?.length) add((p) => `r.type = ANY(${p})`, query.types);
    if (query.channel) add((p) => `r.channel = ${p}`, query.channel);
    if (query.receivedFrom) add((p) => `r.received_at >= ${p}`, new Date(query.receivedFrom));
    if (query.receivedTo) add((p) => `r.received_at <= ${p}`, new Date(query.receivedTo));
    if (query.open !== undefined) add((p) => (query.open ? `w.status <> ALL(${p})` : `w.status = ANY(${p})`), FINISHED_STATUSES);
    const rows = await this.select(this.dataSource.manager, where.join(' AND ') || 'true', parameters, query.limit ?? DEFAULT_LIMIT);
    return { items: rows.map(toView) };
  }

  private async select(manager: EntityManager, where: string, parameters: unknown[], limit: number): Promise<Row[]> {
    const requests = manager.getRepository(CitizenRequest).metadata.tablePath;
    const workOrders = manager.getRepository(IntakeWorkOrder).metadata.tablePath;
    return manager.query(
      `SELECT r.id, r.channel, r.type, r.field, r.category, r.content, r.location, r.anonymous, r.received_at,
              w.id AS work_order_id, w.number, w.status, w.rejection_reason_code, w.rejection_basis, w.article_id, w.updated_at
       FROM ${requests} r JOIN ${workOrders} w ON w.request_id = r.id
       WHERE ${where} ORDER BY r.received_at DESC, w.number DESC LIMIT ${Number(limit)}`,
      parameters,
    );
  }
}

function toView(row: Row): RequestStatusView {
  return {
    requestId: row.id,
    workOrderId: row.work_order_id,
    number: row.number,
    channel: row.channel,
    type: row.type,
    field: row.field,
    category: row.category,
    content: row.content,
    status: row.status,
    open: isOpenStatus(row.status),
    location: row.location,
    anonymous: row.anonymous,
    ...(row.rejection_reason_code !== null ? { rejection: { reasonCode: row.rejection_reason_code, basis: row.rejection_basis ?? '' } } : {}),
    ...(row.article_id ? { articleId: row.article_id } : {}),
    receivedAt: new Date(row.received_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
