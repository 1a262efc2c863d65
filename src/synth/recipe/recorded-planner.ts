import { InputError } from '../../stats/input-error.ts';
import type { Planner, PlannerReply } from '../planner/planner.ts';

/** Plays back the plans a recipe recorded, in order; a run that asks for more is not the recorded one. */
export class RecordedPlanner implements Planner {
  #next = 0;

  constructor(
    private readonly plans: readonly unknown[],
    readonly name: string,
  ) {}

  async inferStructure(): Promise<string[][]> {
    return [];
  }

  async propose(): Promise<PlannerReply> {
    if (this.#next >= this.plans.length) {
      throw new InputError(`recipe: the run asked for plan ${this.#next + 1} but the recipe has ${this.plans.length}; was it edited?`);
    }
    return { plan: this.plans[this.#next++] };
  }
}
