import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';
import { Timeline1764000000500 } from './migrations/1764000000500-timeline';
import { TimelineEntry } from './timeline/timeline-entry.entity';
import { TimelineHandler } from './timeline/timeline.handler';

export const SUPERVISION_ENTITIES = [TimelineEntry];
export const SUPERVISION_MIGRATIONS = [Timeline1764000000500];

@Module({
  imports: [
    PersistenceModule.forService({ service: 'supervision', entities: SUPERVISION_ENTITIES, migrations: SUPERVISION_MIGRATIONS }),
    MessagingModule.forService('supervision'),
  ],
  controllers: [TimelineHandler],
})
export class AppModule {}
