import { sql, type Kysely } from 'kysely'
import { AppError } from '../shared/errors'
import { MIGRATIONS, type Migration } from './migrations'

export async function readSchemaVersion(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db)
  return rows[0]?.user_version ?? 0
}

export interface MigrationOptions {
  migrations?: readonly Migration[]
  /** Called once before the first pending migration of a database that already has a schema (e.g. to snapshot it). */
  beforeMigratingExisting?: (fromVersion: number) => Promise<void>
}

export interface MigrationOutcome {
  fromVersion: number
  toVersion: number
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction that also sets `user_version`,
 * so a crash leaves either the old schema or the new one, never half of it.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  options: MigrationOptions = {}
): Promise<MigrationOutcome> {
  const migrations = options.migrations ?? MIGRATIONS
  const fromVersion = await readSchemaVersion(db)
  if (fromVersion > migrations.length) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `Cette base de données vient d'une version plus récente d'Alliance Conventions (schéma ${fromVersion}, ` +
        `cette version s'arrête au schéma ${migrations.length}). Installez la dernière version de l'application ; ` +
        'vos données n’ont pas été modifiées.'
    )
  }
  if (fromVersion > 0 && fromVersion < migrations.length) await options.beforeMigratingExisting?.(fromVersion)
  for (let version = fromVersion; version < migrations.length; version += 1) {
    const migration = migrations[version] as Migration
    await db.transaction().execute(async (trx) => {
      await migration.up(trx)
      await sql.raw(`pragma user_version = ${version + 1}`).execute(trx)
    })
  }
  return { fromVersion, toVersion: migrations.length }
}
