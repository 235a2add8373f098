import pino, { type Logger } from 'pino';
import { testEnvironment } from './test-environment';

/** Silent by default; TEST_LOG_LEVEL=debug shows what services log during a test. */
export function testLogger(name = 'test'): Logger {
  return pino({ name, level: testEnvironment.TEST_LOG_LEVEL });
}
