import type { AppDatabase } from '../../db/schema'
import {
  coordinatorProfileSchema,
  DEFAULT_SETTINGS,
  laPostePartySchema,
  type SettingsInput,
  type Settings
} from '../../shared/schemas/settings.schema'

export type SettingsService = ReturnType<typeof createSettingsService>

const KEYS = { coordinator: 'coordinator', laPosteParty: 'la-poste-party' } as const

/** The coordinator's profile and the La Poste party, one JSON value per key in the `settings` table. */
export function createSettingsService({ db, now = () => new Date() }: { db: AppDatabase; now?: () => Date }) {
  async function get(): Promise<Settings> {
    const rows = await db
      .selectFrom('settings')
      .select(['key', 'value'])
      .where('key', 'in', Object.values(KEYS))
      .execute()
    const stored = new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
    // A value written by a newer or older version may miss fields: defaults fill them, bad values are ignored.
    const coordinator = coordinatorProfileSchema.safeParse({
      ...DEFAULT_SETTINGS.coordinator,
      ...(stored.get(KEYS.coordinator) as object | undefined)
    })
    const laPosteParty = laPostePartySchema.safeParse({
      ...DEFAULT_SETTINGS.laPosteParty,
      ...(stored.get(KEYS.laPosteParty) as object | undefined)
    })
    return {
      coordinator: coordinator.success ? coordinator.data : DEFAULT_SETTINGS.coordinator,
      laPosteParty: laPosteParty.success
        ? { ...DEFAULT_SETTINGS.laPosteParty, ...laPosteParty.data }
        : DEFAULT_SETTINGS.laPosteParty
    }
  }

  /** Replaces each section given; within the La Poste party, fields left out keep their stored value. */
  async function update(input: SettingsInput): Promise<Settings> {
    const timestamp = now().toISOString()
    const stored = input.laPosteParty ? await get() : undefined
    const merged = {
      ...input,
      ...(input.laPosteParty && stored
        ? { laPosteParty: { ...stored.laPosteParty, ...definedOnly(input.laPosteParty) } }
        : {})
    }
    const entries = Object.entries(merged).flatMap(([section, value]) =>
      value === undefined
        ? []
        : [{ key: KEYS[section as keyof typeof KEYS], value: JSON.stringify(value), updated_at: timestamp }]
    )
    await db.transaction().execute(async (trx) => {
      for (const entry of entries) {
        await trx
          .insertInto('settings')
          .values(entry)
          .onConflict((conflict) =>
            conflict.column('key').doUpdateSet({ value: entry.value, updated_at: timestamp })
          )
          .execute()
      }
    })
    return get()
  }

  return { get, update }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}
