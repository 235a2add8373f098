import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { hasContainerRuntime } from './docker';
import { testEnvironment } from './test-environment';

let brokers: Promise<string[]> | undefined;

function answers(broker: string): Promise<boolean> {
  const [host, port] = broker.split(':');
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(2_000);
    socket.once('connect', () => done(true)).once('timeout', () => done(false)).once('error', () => done(false));
    socket.connect(Number(port), host);
  });
}

async function findBrokers(): Promise<string[]> {
  const configured = testEnvironment.KAFKA_BROKERS.split(',').map((b) => b.trim());
  if (await answers(configured[0])) return configured;
  if (await hasContainerRuntime()) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const container = await new KafkaContainer('confluentinc/cp-kafka:7.7.1').withKraft().start();
    return [`${container.getHost()}:${container.getMappedPort(9093)}`];
  }
  throw new Error(`No Kafka broker for tests at ${configured.join(',')} and no Docker engine. Start one with: npm run kafka:start`);
}

/** The broker list tests use (the project's broker, or a container where Docker exists). */
export function testKafkaBrokers(): Promise<string[]> {
  brokers ??= findBrokers();
  return brokers;
}

/** Unique names keep test files apart on the one shared broker. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * One topic namespace per test file (Jest loads this module once per file): the services and clients a
 * test starts read and write `<prefix>plume.cases` etc., so test files never see each other's events,
 * nor the events of `npm start` on the same broker.
 */
export const TEST_TOPIC_PREFIX = `${uniqueName('t')}.`;
let usedTopicNamespace = false;

/** How a test connects to Kafka (a `KafkaConnection` of @plume/events): the test broker, a unique client id, this file's topic namespace. */
export async function testKafkaConnection(name: string): Promise<{ brokers: string[]; clientId: string; topicPrefix: string }> {
  usedTopicNamespace = true;
  return { brokers: await testKafkaBrokers(), clientId: uniqueName(name), topicPrefix: TEST_TOPIC_PREFIX };
}

/** The service settings that put a service started by a test in this file's topic namespace. */
export async function testKafkaSettings(): Promise<{ KAFKA_BROKERS: string; KAFKA_TOPIC_PREFIX: string }> {
  usedTopicNamespace = true;
  return { KAFKA_BROKERS: (await testKafkaBrokers()).join(','), KAFKA_TOPIC_PREFIX: TEST_TOPIC_PREFIX };
}

/** Whether this test file put anything in its topic namespace (the Jest preset then deletes its topics). */
export function usedTestTopicNamespace(): boolean {
  return usedTopicNamespace;
}
