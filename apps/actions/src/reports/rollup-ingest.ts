import { ActionRecorded, ActionRetracted, type CloudEvent, type EventData } from '@plume/events';
import type { EntityManager } from 'typeorm';
import { RollupDeltas } from './report-deltas';
import { anonymousSignatureIdentity, personKeys, signatureReferences, signerIdentity, supporterIdentity } from './report-identities';
import { writeRollupDeltas } from './rollup-writer';

type Recorded = EventData<typeof ActionRecorded>;
type Retracted = EventData<typeof ActionRetracted>;
type ActionEvent = { kind: 'recorded'; data: Recorded } | { kind: 'retracted'; data: Retracted };

interface ActionState {
  counted: boolean;
  personKey: number | null;
}

/** The event types the roll-ups are made of. */
export const ROLLUP_EVENT_TYPES = [ActionRecorded.type, ActionRetracted.type];

/**
 * Applies a partition's batch of action events to the roll-ups (a BatchHandler). Each action counts
 * at most once, whatever the number of deliveries: report_action remembers which actions are counted.
 */
export async function applyActionEventsToRollups(events: CloudEvent[], manager: EntityManager): Promise<void> {
  const actionEvents = events.map(asActionEvent).filter((event): event is ActionEvent => event !== null);
  if (actionEvents.length === 0) return;
  const states = await loadStates(manager, actionEvents);
  const newPeople = await personKeysOfNewActions(manager, actionEvents, states);
  const deltas = new RollupDeltas();
  const changed = new Map<string, ActionState>();
  for (const event of actionEvents) {
    const { actionId } = event.data;
    const state = states.get(actionId);
    if (event.kind === 'recorded') {
      if (state) continue; // counted already, or retracted for good
      const counted = { counted: true, personKey: newPeople.get(actionId) ?? null };
      states.set(actionId, counted);
      changed.set(actionId, counted);
      deltas.add({ ...event.data, personKey: counted.personKey }, 1);
    } else {
      const retracted = { counted: false, personKey: state?.personKey ?? null };
      states.set(actionId, retracted);
      changed.set(actionId, retracted);
      if (state?.counted) deltas.add({ ...event.data, personKey: retracted.personKey }, -1);
    }
  }
  await saveStates(manager, changed);
  await writeRollupDeltas(manager, deltas);
}

function asActionEvent(event: CloudEvent): ActionEvent | null {
  if (event.type === ActionRecorded.type) return { kind: 'recorded', data: event.data as Recorded };
  if (event.type === ActionRetracted.type) return { kind: 'retracted', data: event.data as Retracted };
  return null;
}

async function loadStates(manager: EntityManager, events: ActionEvent[]): Promise<Map<string, ActionState>> {
  const ids = [...new Set(events.map((event) => event.data.actionId))];
  const rows: { action_id: string; counted: boolean; person_key: number | null }[] = await manager.query(
    `SELECT action_id, counted, person_key FROM report_action WHERE action_id = ANY($1::uuid[]) FOR UPDATE`,
    [ids],
  );
  return new Map(rows.map((row) => [row.action_id, { counted: row.counted, personKey: row.person_key }]));
}

/** Who took each action seen for the first time: the supporter, or the online signer. */
async function personKeysOfNewActions(manager: EntityManager, events: ActionEvent[], states: Map<string, ActionState>): Promise<Map<string, number>> {
  const fresh = events.filter((event) => event.kind === 'recorded' && !states.has(event.data.actionId)).map((event) => event.data);
  const signatureIds = fresh.filter((data) => data.supporterId === null && data.type === 'ONLINE_SIGNATURE').map((data) => data.actionId);
  const references = await signatureReferences(manager, signatureIds);
  const identityOf = new Map<string, string>();
  for (const data of fresh) {
    if (data.supporterId) identityOf.set(data.actionId, supporterIdentity(data.supporterId));
    else if (data.type === 'ONLINE_SIGNATURE') {
      const reference = references.get(data.actionId);
      identityOf.set(data.actionId, reference ? signerIdentity(reference) : anonymousSignatureIdentity(data.actionId));
    }
  }
  const keys = await personKeys(manager, [...identityOf.values()]);
  return new Map([...identityOf].map(([actionId, identity]) => [actionId, keys.get(identity) as number]));
}

async function saveStates(manager: EntityManager, changed: Map<string, ActionState>): Promise<void> {
  if (changed.size === 0) return;
  const entries = [...changed].sort(([a], [b]) => (a < b ? -1 : 1));
  await manager.query(
    `INSERT INTO report_action (action_id, counted, person_key)
     SELECT * FROM unnest($1::uuid[], $2::boolean[], $3::int[])
     ON CONFLICT (action_id) DO UPDATE SET counted = EXCLUDED.counted`,
    [entries.map(([id]) => id), entries.map(([, state]) => state.counted), entries.map(([, state]) => state.personKey)],
  );
}
