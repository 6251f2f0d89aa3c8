import { Kysely } from 'kysely'
import sqlite3 from 'sqlite3'
import { AppError } from '../shared/errors'
import { migrateToLatest, type MigrationOptions, type MigrationOutcome } from './migrator'
import type { AppDatabase, Database } from './schema'
import { Sqlite3Dialect } from './sqlite3-driver'

export const DATABASE_FILE_NAME = 'alliance-conventions.sqlite'

export interface OpenedDatabase {
  db: AppDatabase
  file: string
  migration: MigrationOutcome
  close(): Promise<void>
}

function openRaw(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (error) =>
      error ? reject(error) : resolve(database)
    )
  })
}

function exec(database: sqlite3.Database, statements: string): Promise<void> {
  return new Promise((resolve, reject) =>
    database.exec(statements, (error) => (error ? reject(error) : resolve()))
  )
}

/**
 * Durability: WAL for concurrent reads while writing, and synchronous=FULL so that a committed transaction
 * survives a power loss too (NORMAL could lose the last commits then). Foreign keys are enforced.
 * secure_delete zeroes deleted content, so an erased contact cannot be read back from the file (GDPR).
 */
const CONNECTION_PRAGMAS = `
  pragma journal_mode = wal;
  pragma synchronous = full;
  pragma foreign_keys = on;
  pragma secure_delete = on;
`

/** Opens (creating if needed) the application database and migrates it to the latest schema. */
export async function openDatabase(file: string, options: MigrationOptions = {}): Promise<OpenedDatabase> {
  const raw = await openRaw(file)
  raw.configure('busyTimeout', 5000)
  try {
    await exec(raw, CONNECTION_PRAGMAS)
  } catch (error) {
    await new Promise<void>((resolve) => raw.close(() => resolve()))
    throw toOpenError(error, file)
  }
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) })
  try {
    const migration = await migrateToLatest(db, options)
    return { db, file, migration, close: () => db.destroy() }
  } catch (error) {
    await db.destroy()
    throw error instanceof AppError ? error : toOpenError(error, file)
  }
}

function toOpenError(error: unknown, file: string): AppError {
  const code = (error as { code?: string }).code
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError(
      'DATABASE_CORRUPT',
      `Le fichier de données ${file} est endommagé ou n'est pas une base Alliance Conventions.`
    )
  }
  return new AppError(
    'INTERNAL',
    `Impossible d'ouvrir la base de données ${file} : ${(error as Error).message}`
  )
}
