import { IsArray, IsISO8601, IsObject, IsString } from 'class-validator';

/** What a step of any of the platform's state machines records beside its states: when, under which rules, and how. */
export abstract class StepPayload {
  @IsISO8601({ strict: true })
  at: string;

  /** The requirement ids (`R<article>.<n>`) the step was taken under. */
  @IsArray()
  @IsString({ each: true })
  requirements: string[];

  @IsObject()
  details: Record<string, unknown>;
}
