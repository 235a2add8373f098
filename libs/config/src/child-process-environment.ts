/** The environment for a child process (e.g. a throw-away broker in a test): ours plus overrides. */
export function childProcessEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
