import type { CallbackRecord, UnitReply } from '../lifecycle/work-order';
import { APPEALABLE_CAUSES } from '../reference/satisfaction';

/**
 * Art. 26(3) 回复结果与实际处理情况不一致: what the unit's reply claimed and the callback found differ.
 * - `contact`: the reply says the caller was contacted (R18.1), the caller says nobody did (R20.1);
 * - `outcome`: the reply says the matter is solved, the caller is unsatisfied and the reviewer did not put it down to
 *   the caller (false claims), policy or malice — those causes are the caller's side, not a false reply.
 * A reply that claims nothing the callback denies (a plan, no contact) contradicts nothing.
 */
export type ReplyContradictionKind = 'contact' | 'outcome';

export function replyContradictionsOf(
  reply: Pick<UnitReply, 'callerContacted' | 'outcome'> | undefined,
  callback: Pick<CallbackRecord, 'contacted' | 'satisfaction' | 'cause'> | undefined,
): ReplyContradictionKind[] {
  if (!reply || !callback) return [];
  const kinds: ReplyContradictionKind[] = [];
  if (reply.callerContacted === true && callback.contacted === false) kinds.push('contact');
  const callersSide = callback.cause !== undefined && APPEALABLE_CAUSES.includes(callback.cause);
  if (reply.outcome === 'solved' && callback.satisfaction === 'unsatisfied' && !callersSide) kinds.push('outcome');
  return kinds;
}
