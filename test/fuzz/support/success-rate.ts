/*
 * How often a fuzz property reaches the success path (synthesized output that the property then
 * checks). A property that rejects almost every input tests only the rejections, and a rule that
 * wrongly rejects valid input would go unseen: each property asserts it synthesizes in at least
 * a third of its runs. `FUZZ_REPORT=1` prints the measured rates.
 */

/** The least share of runs that must reach the success path. */
export const MIN_SUCCESS_RATE = 1 / 3;
/** Below this many runs the share is too noisy to assert (e.g. `FUZZ_RUNS=5` while debugging). */
const MIN_RUNS_TO_ASSERT = 30;

/** Counts the runs of one property and those that reached its success path. */
export class SuccessRate {
  private runs = 0;
  private successes = 0;

  constructor(private readonly property: string) {}

  /** Records one run; returns `succeeded` so a property can write `if (!rate.record(json !== undefined)) return;`. */
  public record(succeeded: boolean): boolean {
    this.runs++;
    if (succeeded) this.successes++;
    return succeeded;
  }

  /** The share of runs that succeeded (0 before any run). */
  public get rate(): number {
    return this.runs === 0 ? 0 : this.successes / this.runs;
  }

  /** `name: 31/50 (62%)`. */
  public toString(): string {
    return `${this.property}: ${this.successes}/${this.runs} (${Math.round(this.rate * 100)}%)`;
  }

  /** Prints the rate when `FUZZ_REPORT` is set, and fails when too few runs succeeded. */
  public expectAtLeast(min = MIN_SUCCESS_RATE): void {
    if (process.env.FUZZ_REPORT) process.stdout.write(`fuzz success rate ${this}\n`);
    if (this.runs < MIN_RUNS_TO_ASSERT) return;
    if (this.rate < min) {
      throw new Error(`fuzz property ${this} reached the success path in under ${Math.round(min * 100)}% of runs; make its generator produce more valid input`);
    }
  }
}
