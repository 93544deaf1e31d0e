import { Module } from '@nestjs/common';
import { AuthModule } from '@hotline/auth';
import { MessagingModule } from '@hotline/messaging';
import { AdminController } from './admin/admin.controller';
import { CalendarController } from './calendar/calendar.controller';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { KnowledgeController } from './knowledge/knowledge.controller';
import { RequestsController } from './requests/requests.controller';
import { WorkOrdersController } from './work-orders/work-orders.controller';

@Module({
  imports: [AuthModule.forRoot(), MessagingModule.forClient('gateway')],
  controllers: [HealthController, RequestsController, WorkOrdersController, AdminController, CalendarController, KnowledgeController],
  providers: [Readiness],
})
export class AppModule {}
