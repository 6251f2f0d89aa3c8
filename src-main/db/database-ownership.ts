import type sqlite3 from 'sqlite3'
import { ValidationError } from '../shared/errors'
import { allRows, withRawFile } from './sqlite-file'

/** `PRAGMA application_id` of every Alliance Conventions database: "ACON" (set by migration 0050). */
export const APPLICATION_ID = 0x41434f4e

/** Tables the very first migration created: a database without an application id but with these is ours. */
const FIRST_MIGRATION_TABLES = ['engagements', 'action_domains', 'partnership_types']

/**
 * ours — this app's database (with its application id, or from before it was set);
 * empty — a new or empty SQLite file, no table at all;
 * foreign — another program's SQLite file.
 */
export type Ownership = 'ours' | 'empty' | 'foreign'

export interface OwnershipFacts {
  applicationId: number
  userVersion: number
  tables: readonly string[]
}

export function classifyOwnership({ applicationId, userVersion, tables }: OwnershipFacts): Ownership {
  if (applicationId === APPLICATION_ID) return 'ours'
  if (applicationId !== 0) return 'foreign'
  if (tables.length === 0 && userVersion === 0) return 'empty'
  const present = new Set(tables)
  return userVersion > 0 && FIRST_MIGRATION_TABLES.every((table) => present.has(table)) ? 'ours' : 'foreign'
}

/** Reads the facts through an open connection, without writing anything. */
export async function readOwnership(database: sqlite3.Database): Promise<Ownership> {
  const [id] = await allRows<{ application_id: number }>(database, 'pragma application_id')
  const [version] = await allRows<{ user_version: number }>(database, 'pragma user_version')
  const tables = await allRows<{ name: string }>(
    database,
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
  )
  return classifyOwnership({
    applicationId: id?.application_id ?? 0,
    userVersion: version?.user_version ?? 0,
    tables: tables.map((table) => table.name)
  })
}

export function fileOwnership(file: string): Promise<Ownership> {
  return withRawFile(file, 'read-only', readOwnership)
}

export function foreignDatabaseError(file: string): ValidationError {
  return new ValidationError(
    `Le fichier « ${file} » est une base SQLite d'un autre programme, pas une base Alliance Conventions : ` +
      "il n'a pas été modifié. Désignez le fichier de données de l'application (alliance-conventions.sqlite)."
  )
}
