import { Actor } from '@hotline/contracts';

/** A step an actor takes on a supervision case, with the body of the request that asks for it, at `now`. */
export class CaseStepCommand<TBody> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly body: TBody,
    readonly now: Date,
  ) {}
}
