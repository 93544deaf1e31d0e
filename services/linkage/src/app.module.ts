import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { LinkageConfig } from './linkage.config';

@Module({
  imports: [
    ServiceConfigModule.forRoot(LinkageConfig),
    PersistenceModule.forService({ service: 'linkage' }),
    MessagingModule.forService('linkage'),
    PlatformModule.forService(),
  ],
})
export class AppModule {}
