import { In, type DataSource } from 'typeorm';
import { isUniqueViolation } from '@plume/database';
import { conflict, notFound, isUuid } from '@plume/errors';
import { EmbassyEntity, type CityNames } from './embassy.entity';
import type { CreateEmbassyInput, UpdateEmbassyInput } from './embassy.input';

const OPTIONAL_FIELDS = ['postalCode', 'contactEmail', 'contactPhone', 'notes'] as const;
const REQUIRED_FIELDS = ['city', 'street'] as const;

/** The embassy directory. Embassies announce nothing on Kafka: they are reference data read through the API. */
export class EmbassyService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: { representedCountry?: string | null; hostCountry?: string | null }): Promise<EmbassyEntity[]> {
    const query = this.dataSource.getRepository(EmbassyEntity).createQueryBuilder('e');
    if (filter.representedCountry) query.andWhere('e.represented_country = :represented', { represented: filter.representedCountry });
    if (filter.hostCountry) query.andWhere('e.host_country = :host', { host: filter.hostCountry });
    return query.orderBy('e.host_country').addOrderBy('e.city').addOrderBy('e.represented_country').getMany();
  }

  async find(id: string): Promise<EmbassyEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(EmbassyEntity).findOneBy({ id }) : null;
  }

  /** Many embassies in one query, in the order asked (the per-request loader). */
  async byIds(ids: readonly string[]): Promise<(EmbassyEntity | null)[]> {
    const found = await this.dataSource.getRepository(EmbassyEntity).findBy({ id: In(ids.filter(isUuid)) });
    return ids.map((id) => found.find((embassy) => embassy.id === id) ?? null);
  }

  async create(input: CreateEmbassyInput): Promise<EmbassyEntity> {
    try {
      return await this.dataSource.getRepository(EmbassyEntity).save({
        representedCountry: input.representedCountry,
        hostCountry: input.hostCountry,
        city: input.city,
        cityNames: toCityNames(input.cityNames),
        street: input.street,
        postalCode: input.postalCode ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        notes: input.notes ?? null,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`The directory already has the embassy of ${input.representedCountry} in ${input.city} (${input.hostCountry}).`);
      throw error;
    }
  }

  /** `authorize` sees the stored embassy before anything changes (staff may edit their country's embassies only). */
  async update(id: string, input: UpdateEmbassyInput, authorize: (embassy: EmbassyEntity) => void): Promise<EmbassyEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const embassy = isUuid(id) ? await manager.getRepository(EmbassyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
        if (!embassy) throw notFound('Embassy', id);
        authorize(embassy);
        for (const field of REQUIRED_FIELDS) {
          const value = input[field];
          if (value !== undefined && value !== null) embassy[field] = value;
        }
        for (const field of OPTIONAL_FIELDS) {
          const value = input[field];
          if (value !== undefined) embassy[field] = value ?? null;
        }
        if (input.cityNames) embassy.cityNames = { ...embassy.cityNames, ...toCityNames(input.cityNames) };
        return manager.save(embassy);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('The directory already has the embassy of that country in that city.');
      throw error;
    }
  }
}

function toCityNames(names: { language: string; name: string }[]): CityNames {
  return Object.fromEntries(names.map((n) => [n.language, n.name]));
}
