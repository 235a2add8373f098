import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { KnownCaseEntity } from '@plume/case-projection';
import { DeliveryHandover } from './deliveries/delivery-handover';
import { DeliveryPlanning } from './deliveries/delivery-planning';
import type { DeliveryStatusChangeEntity } from './deliveries/delivery-status-change.entity';
import { DeliveryTransitions } from './deliveries/delivery-transitions';
import type { DeliveryEntity } from './deliveries/delivery.entity';
import { DeliveryQueries } from './deliveries/delivery.queries';
import type { EmbassyEntity } from './embassies/embassy.entity';
import { EmbassyService } from './embassies/embassy.service';
import { KnownCaseService } from './known-cases/known-case.service';
import { TallyService, type SectionTally } from './tally/tally.service';

/** Long-lived services, built once per process (and by the consumers and the seed). */
export interface DeliveriesServices {
  embassies: EmbassyService;
  knownCases: KnownCaseService;
  tally: TallyService;
  deliveryQueries: DeliveryQueries;
  planning: DeliveryPlanning;
  handover: DeliveryHandover;
  transitions: DeliveryTransitions;
}

/** Per-request batching: a page listing 20 cases asks for their deliveries and tallies in one query each. */
export interface DeliveriesLoaders {
  embassy: DataLoader<string, EmbassyEntity | null>;
  knownCase: DataLoader<string, KnownCaseEntity | null>;
  deliveriesOfCase: DataLoader<string, DeliveryEntity[]>;
  historyOfDelivery: DataLoader<string, DeliveryStatusChangeEntity[]>;
  tallyOfCase: DataLoader<string, SectionTally[]>;
}

export function createDeliveriesServices(dataSource: DataSource): DeliveriesServices {
  const knownCases = new KnownCaseService(dataSource);
  const tally = new TallyService(dataSource);
  return {
    embassies: new EmbassyService(dataSource),
    knownCases,
    tally,
    deliveryQueries: new DeliveryQueries(dataSource),
    planning: new DeliveryPlanning(dataSource, knownCases),
    handover: new DeliveryHandover(dataSource, knownCases, tally),
    transitions: new DeliveryTransitions(dataSource, knownCases),
  };
}

export function createDeliveriesLoaders(services: DeliveriesServices): DeliveriesLoaders {
  return {
    embassy: new DataLoader((ids) => services.embassies.byIds(ids)),
    knownCase: new DataLoader((ids) => services.knownCases.byIds(ids)),
    deliveriesOfCase: new DataLoader((ids) => services.deliveryQueries.ofCases(ids)),
    historyOfDelivery: new DataLoader((ids) => services.deliveryQueries.historyOf(ids)),
    tallyOfCase: new DataLoader((ids) => services.tally.ofCases(ids)),
  };
}
