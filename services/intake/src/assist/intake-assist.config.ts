import { IsInt, Max, Min } from 'class-validator';

/** R27.1 misuse window, long occupation and the knowledge-base wait of the assist, from the environment. */
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

  /** The assist answers without knowledge-base hits when the knowledge service is slower than this. */
  @IsInt()
  @Min(50)
  @Max(10_000)
  HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS = 800;
}
