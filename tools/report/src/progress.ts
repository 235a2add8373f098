/** Progress of a report, one line per step, on stderr (stdout stays for the list of files written). */
export interface Progress {
  step(label: string): void;
}

export function lineProgress(total: number, write: (line: string) => void): Progress {
  let done = 0;
  return {
    step(label) {
      done += 1;
      write(`[${done}/${total}] ${label}…`);
    },
  };
}

export const silentProgress: Progress = { step: () => undefined };
