/** One topic per owning subgraph. */
export const Topic = {
  Cases: 'plume.cases',
  Supporters: 'plume.supporters',
  Actions: 'plume.actions',
  Deliveries: 'plume.deliveries',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

/** Each consumer group has its own dead-letter topic, so one group's poison never mixes with another's. */
export function deadLetterTopic(consumerGroup: string): string {
  return `plume.dlq.${consumerGroup}`;
}

/** CloudEvents `source` of each producing subgraph. */
export function eventSource(subgraph: string): string {
  return `/plume/${subgraph}`;
}
