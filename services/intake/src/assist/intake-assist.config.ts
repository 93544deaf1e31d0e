import { IsInt, Max, Min } from 'class-validator';

/** R27.1 misuse window, long occupation, and the budgets of the assist's repeat scan and knowledge search. */
export class IntakeAssistConfig {
  /** Requests from one caller inside the window that count as misuse. */
  @IsInt()
  @Min(2)
  @Max(1_000)
  HOTLINE_MISUSE_LIMIT = 5;

  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  HOTLINE_MISUSE_WINDOW_MINUTES = 60;

  /** R27.1 a call counts as long occupation of the line from this many minutes on. */
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  HOTLINE_LONG_OCCUPATION_MINUTES = 20;

  /**
   * The knowledge search's budget: the assist answers without knowledge-base hits (`cutShort: ['knowledge']`) when the
   * knowledge service is slower than this.
   */
  @IsInt()
  @Min(50)
  @Max(10_000)
  HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS = 100;

  /** The repeat scan's budget: the assist answers without likely repeats (`cutShort: ['repeats']`) after this. */
  @IsInt()
  @Min(10)
  @Max(10_000)
  HOTLINE_REPEAT_SCAN_BUDGET_MS = 100;
}
