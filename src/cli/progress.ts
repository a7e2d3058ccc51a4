// Progress of a long command on stderr: a bar on a terminal, a plain line every tenth elsewhere, nothing when quiet.
import { Presets, SingleBar } from "cli-progress";

export interface ProgressOptions {
  /** Prints nothing at all (`--quiet`). */
  quiet?: boolean;
  /** What is counted, after the numbers: "studies", "rows". */
  unit?: string;
  stream?: NodeJS.WriteStream;
}

/**
 * A reporter for work done in named steps: `report(step, done, total)`. Each step gets its own bar, closed when it
 * reaches its total. Without a terminal (CI logs) it writes a line at each tenth of a step instead: cli-progress
 * redraws only on a timer there, and the extraction it reports on never yields to one.
 */
export function progressReporter(
  prefix: string,
  { quiet = false, unit = "", stream = process.stderr }: ProgressOptions = {},
): (step: string, done: number, total: number) => void {
  const units = unit ? ` ${unit}` : "";
  let current: string | undefined;
  let bar: SingleBar | undefined;
  let lastTenth = 0;
  return (step, done, total) => {
    if (quiet || total <= 0) return;
    if (step !== current) {
      bar?.stop();
      bar = undefined;
      current = step;
      lastTenth = 0;
      if (stream.isTTY) {
        bar = new SingleBar(
          { stream, format: `${prefix}${step} [{bar}] {percentage}% {value}/{total}${units}`, barsize: 30 },
          Presets.legacy,
        );
        bar.start(total, 0);
      }
    }
    if (stream.isTTY) {
      bar?.update(done);
      if (done >= total) {
        bar?.stop();
        bar = undefined;
      }
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${prefix}${step}: ${done}/${total}${units} (${Math.floor((done / total) * 100)}%)\n`);
    }
  };
}
