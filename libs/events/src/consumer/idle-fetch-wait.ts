/**
 * How long the broker may hold a consumer's fetch that finds nothing new (Kafka's `max.wait.ms`). A
 * fetch is answered as soon as one event is there (`minBytes` 1), so this adds no latency to an event:
 * it only sets how often an idle consumer asks again, and each asking costs CPU in the consumer and the
 * broker — on a 2-core machine running every service, the idle platform spent about a fifth of a core.
 * It also bounds how long stopping a consumer waits for the fetch in flight.
 */
export const IDLE_FETCH_WAIT_MS = 500;
