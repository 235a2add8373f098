// kafkajs's internal request queue (one per broker connection); the patch in patches/ changes it.
const RequestQueue = require('kafkajs/src/network/requestQueue');

/**
 * kafkajs 2.2.4 re-armed a timer with a negative delay forever on every idle broker connection
 * (kafkajs #1556): each Plume service woke every millisecond doing nothing, 3–5 % of a core each on
 * this 2-core machine. patches/kafkajs+2.2.4.patch (applied by patch-package at `npm ci`) stops it;
 * this fails if the patch is gone, e.g. after a kafkajs upgrade that did not fix it upstream.
 */
describe('kafkajs request queue, patched', () => {
  const silentLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const queue = () => new RequestQueue({ instrumentationEmitter: null, maxInFlightRequests: null, requestTimeout: 30_000, enforceRequestTimeout: true, clientId: 'test', broker: 'test:9092', logger: silentLogger, isConnected: () => true });

  it('arms no timer while nothing waits to be sent', () => {
    const idle = queue();
    idle.scheduleCheckPendingRequests();
    const armed = idle.throttleCheckTimeoutId;
    // Unpatched, the timer re-arms itself forever: stop it so that a failing run still ends.
    idle.scheduleCheckPendingRequests = () => undefined;
    clearTimeout(armed);
    expect(armed).toBeFalsy();
  });

  it('still checks again later when a request waits behind a client-side throttle', () => {
    const throttled = queue();
    throttled.throttledUntil = Date.now() + 50;
    throttled.pending.push({ correlationId: 1 });
    throttled.scheduleCheckPendingRequests();
    expect(throttled.throttleCheckTimeoutId).toBeTruthy();
    clearTimeout(throttled.throttleCheckTimeoutId);
  });
});
