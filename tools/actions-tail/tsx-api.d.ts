// tsx publishes the types of its loader API for node16/bundler resolution only; the workspace resolves
// like node10, so the part tail.ts uses is declared here.
declare module 'tsx/cjs/api' {
  export function register(options: { namespace: string }): { require(id: string, fromFile: string): unknown };
}
