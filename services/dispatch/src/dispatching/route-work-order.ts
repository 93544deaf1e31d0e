import { Injectable } from '@nestjs/common';
import { EmergencyCategory, RoutingResult, suggestRouting, unitsLeftOutByReturns, WorkOrder } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { RoutingDirectoryReader } from '../routing/routing-directory';
import { ReturnReviewRepository } from '../returns/return-review.repository';
import { WorkOrderReader } from '../work-orders/work-order-reader';

export interface RoutingHints {
  emergencyCategory?: EmergencyCategory;
  street?: string;
  /** more units that may not get it (the unit returning it now) */
  excludeUnitIds?: readonly string[];
}

export interface RoutedWorkOrder {
  result: RoutingResult;
  facts: { type?: string; field?: string; category?: string; district?: string; street?: string; number?: string };
  excludedUnitIds: string[];
}

/** Runs the domain's routing on a work order's facts; units whose return was approved before are left out (R16.3). */
@Injectable()
export class RouteWorkOrder {
  constructor(
    private readonly directory: RoutingDirectoryReader,
    private readonly reader: WorkOrderReader,
    private readonly returns: ReturnReviewRepository,
  ) {}

  async route(manager: EntityManager, order: WorkOrder, hints: RoutingHints = {}): Promise<RoutedWorkOrder> {
    const record = await this.reader.facts(manager, order.id);
    const excludedUnitIds = unitsLeftOutByReturns(
      await this.returns.approvedUnitIds(manager, order.id),
      hints.excludeUnitIds,
    );
    // The operator's street wins; otherwise the one the caller gave at intake.
    const street = hints.street || record?.street;
    const facts = {
      type: order.type,
      ...(order.field ? { field: order.field } : {}),
      ...(record?.category ? { category: record.category } : {}),
      ...(record?.district ? { district: record.district } : {}),
      ...(street ? { street } : {}),
      ...(hints.emergencyCategory ? { emergencyCategory: hints.emergencyCategory } : {}),
    };
    const result = suggestRouting(facts, await this.directory.load(manager), { excludeUnitIds: excludedUnitIds });
    return { result, facts: { ...facts, ...(record ? { number: record.number } : {}) }, excludedUnitIds };
  }
}
