import { Injectable } from '@nestjs/common';
import { Actor, AssessmentMethodBody, AssessmentMethodView } from '@hotline/contracts';
import { checkedAssessmentMethod, type Deduction, monthOfInstant, reportMonthOf } from '@hotline/domain';
import { AssessmentMethodsRepository } from './assessment-methods.repository';

/** R25.1 an administrator sets a new version of the scoring method, in force from a month on. */
@Injectable()
export class SetAssessmentMethodUseCase {
  constructor(private readonly methods: AssessmentMethodsRepository) {}

  async execute(command: { actor: Actor; body: AssessmentMethodBody; now: Date }): Promise<AssessmentMethodView> {
    const { body } = command;
    const method = checkedAssessmentMethod({
      indicators: body.indicators,
      deductions: body.deductions as unknown as Deduction[],
    });
    const from = reportMonthOf(body.effectiveFrom ?? monthOfInstant(command.now));
    const added = await this.methods.add(method, from.start, command.actor.id, command.now);
    return {
      version: added.version,
      effectiveFrom: added.effectiveFrom.toISOString(),
      indicators: added.indicators.map((line) => ({ ...line })),
      deductions: added.deductions.map((line) => ({ ...line })),
    };
  }
}
