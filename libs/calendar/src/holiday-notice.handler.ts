import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, HolidayNoticeLoaded, HolidayNoticeLoadedPayload } from '@hotline/contracts';
import { assertHolidayNotice } from '@hotline/domain';
import { JetStreamContext } from '@hotline/messaging';
import { HolidayNoticeRecord, Inbox } from '@hotline/persistence';
import { WorkingCalendar } from './working-calendar';

/** Keeps this service's copy of the loaded notices and its calendar up to date. */
@Controller()
export class HolidayNoticeHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly calendar: WorkingCalendar,
  ) {}

  @EventPattern(HolidayNoticeLoaded.subject)
  async onNoticeLoaded(
    @Payload() event: EventEnvelope<HolidayNoticeLoadedPayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    const notice = assertHolidayNotice(event.payload.notice);
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      manager.upsert(
        HolidayNoticeRecord,
        { year: notice.year, notice: event.payload.notice, loadedAt: new Date(event.occurredAt) },
        ['year'],
      ),
    );
    this.calendar.apply(notice);
  }
}
