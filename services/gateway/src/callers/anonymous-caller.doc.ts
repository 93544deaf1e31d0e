/**
 * R14.3 what each role sees of a caller who asked to stay anonymous (`caller.anonymous: true`), as the domain's
 * caller-access rules decide it: one text for every route that shows or takes a caller.
 */
export const ANONYMOUS_CALLER_VISIBILITY =
  'An anonymous caller (`caller.anonymous: true`, R14.3): name and phone, when given, are kept encrypted, because Art. 14 ' +
  'asks to encrypt, not to forget. Operators, reviewers and supervisors see them masked in views and in clear with a ' +
  'reason, audited; handling units see only `anonymous: true`, never name or phone (the caller route answers 403: ask the ' +
  'centre to relay at POST /api/v1/work-orders/{id}/contact-requests); admins and partners see no caller at all; the ' +
  'public Open311 list shows neither the words nor the place of such a request.';
