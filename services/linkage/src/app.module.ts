import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';

@Module({
  imports: [PersistenceModule.forService({ service: 'linkage' }), MessagingModule.forService('linkage'), PlatformModule.forService()],
})
export class AppModule {}
