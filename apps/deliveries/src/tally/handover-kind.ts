import type { ActionRecorded, EventData } from '@plume/events';
import type { HandoverKind } from './collected-action.entity';

type CountedAction = Pick<EventData<typeof ActionRecorded>, 'type' | 'source'>;

/**
 * Which actions end up in a handover. Online signatures are printed as the petition list; paper
 * signatures are the sheets supporters send back to the section. Letters count when the section holds
 * them (collected at an event, recorded by staff, imported); letters a supporter reports in the monthly
 * questionnaire were already posted to the authorities, so there is nothing to hand over. E-mails,
 * tweets, postcards and drawings go straight to their addressees.
 */
export function handoverKindOf(action: CountedAction): HandoverKind | null {
  switch (action.type) {
    case 'ONLINE_SIGNATURE':
      return 'ONLINE_SIGNATURE';
    case 'PAPER_SIGNATURES':
      return 'PAPER_SIGNATURES';
    case 'LETTER':
      return action.source === 'QUESTIONNAIRE' ? null : 'LETTER';
    default:
      return null;
  }
}
