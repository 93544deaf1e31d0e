import { InvalidDomainInputError } from '@hotline/domain';
import { Envelope, EnvelopeFormatError, envelopeFromJson, envelopeProblems } from '@hotline/partner-contracts';

/** A partner's envelope read from its JSON mapping and checked, or a 400 naming every field at fault. */
export function checkedEnvelope(body: string, partner: string): Envelope {
  let envelope: Envelope;
  try {
    envelope = envelopeFromJson(body);
  } catch (error) {
    if (error instanceof EnvelopeFormatError)
      throw new InvalidDomainInputError('unreadable partner message', [{ path: error.field, message: error.problem }]);
    throw error;
  }
  assertUsable(envelope, partner);
  return envelope;
}

export function assertUsable(envelope: Envelope, partner: string): void {
  const problems = envelopeProblems(envelope, partner);
  if (problems.length > 0)
    throw new InvalidDomainInputError(
      'unusable partner message',
      problems.map((problem) => ({ path: problem.field, message: problem.problem })),
    );
}
