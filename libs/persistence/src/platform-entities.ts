import { HolidayNoticeRecord } from './calendar/holiday-notice-record.entity';
import { DeadLetter } from './dead-letters/dead-letter.entity';
import { InboxEntry } from './inbox/inbox-entry.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { WorkOrderState } from './work-orders/work-order-state.entity';

export const PLATFORM_ENTITIES = [OutboxMessage, InboxEntry, DeadLetter, HolidayNoticeRecord, WorkOrderState];
