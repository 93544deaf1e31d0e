import { isOneOf } from './one-of';

/** R20.1 callback satisfaction. */
export const SATISFACTION_LEVELS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** R20.2/R20.3 why a caller was unsatisfied: the unit's own fault leads to re-handling, the others may be appealed. */
export const UNSATISFIED_CAUSES = ['unit', 'caller-false', 'policy', 'malicious'] as const;
export type UnsatisfiedCause = (typeof UNSATISFIED_CAUSES)[number];

export const APPEALABLE_CAUSES: readonly UnsatisfiedCause[] = ['caller-false', 'policy', 'malicious'];

/** R20.3 what kind of matter a work order is: for mediation and law-enforcement matters satisfaction is not the only measure. */
export const MATTER_NATURES = ['general', 'mediation', 'law-enforcement'] as const;
export type MatterNature = (typeof MATTER_NATURES)[number];

/** R20.3: satisfaction alone measures a general matter (or one nobody classified), never a mediation or law-enforcement one. */
export function satisfactionIsSoleMeasure(nature: MatterNature | undefined): boolean {
  return nature === undefined || nature === 'general';
}

export const isSatisfactionLevel = (value: unknown): value is SatisfactionLevel => isOneOf(SATISFACTION_LEVELS, value);
export const isUnsatisfiedCause = (value: unknown): value is UnsatisfiedCause => isOneOf(UNSATISFIED_CAUSES, value);
export const isMatterNature = (value: unknown): value is MatterNature => isOneOf(MATTER_NATURES, value);
