/** Command-line options of the benchmarks: `--name value` pairs and bare `--flag`s. */
export function numberOption(name: string, fallback: number): number {
  const value = stringOption(name, '');
  if (value === '') return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number`);
  return parsed;
}

export function stringOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

export const flag = (name: string): boolean => process.argv.includes(`--${name}`);

/** Runs a benchmark's main function; a failure prints its message only and exits with 1. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
