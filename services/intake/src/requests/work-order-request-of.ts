import { RecordRequestCommand, WorkOrderRequest } from '@hotline/contracts';

/** The matter as intake recorded it, for `workorder.created` (no caller data in it). */
export function workOrderRequestOf(command: RecordRequestCommand, receivedAt: Date): WorkOrderRequest {
  const { district, street, address, lat, lng } = command.location ?? {};
  return {
    content: command.content,
    channel: command.channel,
    type: command.type,
    ...(command.field ? { field: command.field } : {}),
    ...(command.category ? { category: command.category } : {}),
    location: {
      ...(district ? { district } : {}),
      ...(street ? { street } : {}),
      ...(address ? { address } : {}),
      ...(lat !== undefined ? { lat } : {}),
      ...(lng !== undefined ? { lng } : {}),
    },
    receivedAt: receivedAt.toISOString(),
  };
}
