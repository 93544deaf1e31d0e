import { RegulationViolationError } from '../errors/domain-error';

/**
 * R18.1, R20.1: the unit contacts the caller and the centre calls the caller back, so a request names a phone,
 * unless the caller asked to stay anonymous (the centre relays, R14.3). GeoReport v2 makes the phone optional for
 * Open311 clients, whose requests are followed by number instead.
 */
export function assertCallerReachable(
  caller: { readonly phone?: string; readonly anonymous?: boolean } | undefined,
  channel: string,
): void {
  if (channel === 'open311' || caller?.anonymous === true) return;
  if (typeof caller?.phone === 'string' && caller.phone.trim() !== '') return;
  throw new RegulationViolationError(
    'R18.1',
    'caller.phone is required unless the caller asked to stay anonymous (caller.anonymous: true)',
    {
      field: 'caller.phone',
    },
  );
}
