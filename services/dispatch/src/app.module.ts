import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { DispatchConfig } from './dispatch.config';
import { CoordinationHandler } from './coordination/coordination.handler';
import { DecideCoordinationUseCase } from './coordination/decide-coordination.use-case';
import { DifficultMatterRecord } from './coordination/difficult-matter.entity';
import { DifficultMatterRepository } from './coordination/difficult-matter.repository';
import { RaiseDifficultyUseCase } from './coordination/raise-difficulty.use-case';
import { AssignUnits } from './dispatching/assign-units';
import { AssignmentRecord } from './dispatching/assignment.entity';
import { AssignmentRepository } from './dispatching/assignment.repository';
import { DispatchWorkOrderUseCase } from './dispatching/dispatch-work-order.use-case';
import { DispatchHandler } from './dispatching/dispatch.handler';
import { ListAssignmentsUseCase } from './dispatching/list-assignments.use-case';
import { RouteWorkOrder } from './dispatching/route-work-order';
import { SuggestUnitsUseCase } from './dispatching/suggest-units.use-case';
import { DispatchTables1764000000200 } from './migrations/1764000000200-dispatch-tables';
import { ReturnIdAsRequestId1764000000201 } from './migrations/1764000000201-return-id-as-request-id';
import { RoutingFactsStreet1765110000001 } from './migrations/1765110000001-routing-facts-street';
import { DecideReturnUseCase } from './returns/decide-return.use-case';
import { ListReturnsUseCase } from './returns/list-returns.use-case';
import { ReturnReviewRecord } from './returns/return-review.entity';
import { ReturnReviewRepository } from './returns/return-review.repository';
import { ReturnsHandler } from './returns/returns.handler';
import { RoutingDirectoryReader } from './routing/routing-directory';
import { RoutingRuleRecord } from './routing/routing-rule.entity';
import { RoutingRuleRepository } from './routing/routing-rule.repository';
import { RoutingRulesHandler } from './routing/routing-rules.handler';
import { CreateRoutingRuleUseCase } from './routing/create-routing-rule.use-case';
import { ListRoutingRulesUseCase } from './routing/list-routing-rules.use-case';
import { DirectorySeeder } from './seed/directory-seeder';
import { GetSubordinateUnitsUseCase } from './units/get-subordinate-units.use-case';
import { GetUnitStatisticsUseCase } from './units/get-unit-statistics.use-case';
import { GetUnitUseCase } from './units/get-unit.use-case';
import { ListUnitsUseCase } from './units/list-units.use-case';
import { SaveUnitUseCase } from './units/save-unit.use-case';
import { UnitRecord } from './units/unit.entity';
import { UnitRepository } from './units/unit.repository';
import { UnitStatisticsReader } from './units/unit-statistics';
import { UnitsHandler } from './units/units.handler';
import { DispatchFollowerRecords } from './work-orders/follower-records';
import { RoutingFactsRecord } from './work-orders/routing-facts.entity';
import { WorkOrderEventsHandler } from './work-orders/work-order-events.handler';
import { WorkOrderReader } from './work-orders/work-order-reader';

export const DISPATCH_ENTITIES = [
  UnitRecord,
  RoutingRuleRecord,
  RoutingFactsRecord,
  AssignmentRecord,
  ReturnReviewRecord,
  DifficultMatterRecord,
];
export const DISPATCH_MIGRATIONS = [
  DispatchTables1764000000200,
  ReturnIdAsRequestId1764000000201,
  RoutingFactsStreet1765110000001,
];

@Module({
  imports: [
    ServiceConfigModule.forRoot(DispatchConfig),
    PersistenceModule.forService({ service: 'dispatch', entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS }),
    MessagingModule.forService('dispatch'),
    PlatformModule.forService(),
    WorkingCalendarModule,
  ],
  controllers: [
    UnitsHandler,
    RoutingRulesHandler,
    DispatchHandler,
    ReturnsHandler,
    CoordinationHandler,
    WorkOrderEventsHandler,
  ],
  providers: [
    UnitRepository,
    RoutingRuleRepository,
    AssignmentRepository,
    ReturnReviewRepository,
    DifficultMatterRepository,
    DirectorySeeder,
    UnitStatisticsReader,
    ListUnitsUseCase,
    GetUnitUseCase,
    GetUnitStatisticsUseCase,
    GetSubordinateUnitsUseCase,
    SaveUnitUseCase,
    RoutingDirectoryReader,
    ListRoutingRulesUseCase,
    CreateRoutingRuleUseCase,
    WorkOrderReader,
    RouteWorkOrder,
    AssignUnits,
    SuggestUnitsUseCase,
    DispatchWorkOrderUseCase,
    ListAssignmentsUseCase,
    DecideReturnUseCase,
    ListReturnsUseCase,
    RaiseDifficultyUseCase,
    DecideCoordinationUseCase,
    DispatchFollowerRecords,
  ],
})
export class AppModule {}
