import { Injectable } from '@nestjs/common';
import { AssessmentMethodView } from '@hotline/contracts';
import { type AssessmentMethodInput, DEFAULT_ASSESSMENT_METHOD, methodInForce } from '@hotline/domain';
import { AssessmentMethodsRepository } from './assessment-methods.repository';

export interface MethodInForce {
  method: AssessmentMethodInput;
  view: AssessmentMethodView;
}

/** R25.1 the version of the method in force at the start of a period; the built-in one (version 0) before any. */
@Injectable()
export class AssessmentMethodInForce {
  constructor(private readonly methods: AssessmentMethodsRepository) {}

  async at(start: Date): Promise<MethodInForce> {
    const found = methodInForce(await this.methods.all(), start);
    const method = found ?? DEFAULT_ASSESSMENT_METHOD;
    return {
      method,
      view: {
        version: found?.version ?? 0,
        effectiveFrom: found ? found.effectiveFrom.toISOString() : null,
        indicators: method.indicators.map((line) => ({ ...line })),
        deductions: method.deductions.map((line) => ({ ...line })),
      },
    };
  }
}
