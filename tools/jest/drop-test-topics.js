// After each test file: delete the Kafka topics of its namespace (see @plume/testing TEST_TOPIC_PREFIX),
// so that a broker used for many test runs does not pile up topics. Lives here rather than in
// @plume/testing because that library must not depend on @plume/events (whose tests use it).
const pino = require('pino');
const { createKafka, deleteTopicsWithPrefix } = require('@plume/events');
const { TEST_TOPIC_PREFIX, testKafkaBrokers, uniqueName, usedTestTopicNamespace } = require('@plume/testing');

afterAll(async () => {
  if (!usedTestTopicNamespace()) return;
  const kafka = createKafka({ brokers: await testKafkaBrokers(), clientId: uniqueName('cleanup') }, pino({ level: 'silent' }));
  await deleteTopicsWithPrefix(kafka, TEST_TOPIC_PREFIX).catch(() => undefined);
}, 30_000);
