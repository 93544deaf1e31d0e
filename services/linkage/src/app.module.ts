import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';

@Module({
  imports: [PersistenceModule.forService({ service: 'linkage' }), MessagingModule.forService('linkage')],
})
export class AppModule {}
