/** Why a run's planner can no longer answer: its worker is gone, or the GPU it ran on was lost. */
export type PlannerLostCode = 'llm-lost' | 'device-lost';

/**
 * Thrown out of a planner's request when asking again cannot help: the run
 * controller pauses the run on it (instead of falling back every iteration),
 * so the user can continue on another planner with the loop state kept.
 */
export class PlannerLost extends Error {
  override readonly name = 'PlannerLost';
  constructor(
    readonly code: PlannerLostCode,
    message: string,
  ) {
    super(message);
  }
}
