import { WebSocket } from 'undici';

/** A Chrome DevTools Protocol session with a running Node process, opened through its inspector. */
export interface InspectorSession {
  send<Result = unknown>(method: string, params?: object): Promise<Result>;
  close(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGUSR1 makes a Node process open its inspector on 127.0.0.1:9229 (Node's documented behaviour, no
 * restart and no flag needed); we then talk CDP to it over its WebSocket. The port is polled with a
 * deadline because the inspector opens asynchronously after the signal.
 */
export async function openInspector(pid: number, port = 9229, deadlineMs = 10_000): Promise<InspectorSession> {
  process.kill(pid, 'SIGUSR1');
  const deadline = Date.now() + deadlineMs;
  let target: { webSocketDebuggerUrl: string } | undefined;
  while (!target) {
    try {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
      target = targets[0];
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`process ${pid} did not open its inspector on port ${port}: ${(error as Error).message}`);
      await sleep(100);
    }
  }
  // undici's WebSocket (a dependency already): Node 20 has no global one without a flag.
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot reach the inspector of process ${pid}`)), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (incoming) => {
    const message = JSON.parse(String(incoming.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id as number);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  return {
    send: <Result>(method: string, params: object = {}) =>
      new Promise<Result>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}
