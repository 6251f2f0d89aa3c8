import { Kysely } from 'kysely'
import sqlite3 from 'sqlite3'
import { AppError } from '../shared/errors'
import { foreignDatabaseError, readOwnership } from './database-ownership'
import { fileIdentity } from './file-identity'
import { migrateToLatest, type MigrationOptions, type MigrationOutcome } from './migrator'
import type { AppDatabase, Database } from './schema'
import { Sqlite3Dialect } from './sqlite3-driver'
import { translateStorageError } from './storage-errors'

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

/**
 * How long a write waits for another connection's transaction (the CLI beside the app, an import under way) before
 * it gives up with « la base est utilisée par une autre fenêtre… ». An import of thousands of agreements holds
 * the write lock for several seconds.
 */
export const BUSY_TIMEOUT_MS = 30_000

/**
 * Opens (creating if needed) the application database and migrates it to the latest schema. Another program's
 * SQLite file is refused before anything is written to it (even the WAL switch writes to the header).
 */
export interface OpenOptions extends MigrationOptions {
  /** Tests shorten the wait for another connection's lock; the app keeps BUSY_TIMEOUT_MS. */
  busyTimeoutMs?: number
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  let raw: sqlite3.Database
  try {
    raw = await openRaw(file)
  } catch (error) {
    throw toOpenError(error, file)
  }
  raw.configure('busyTimeout', options.busyTimeoutMs ?? BUSY_TIMEOUT_MS)
  try {
    if ((await readOwnership(raw)) === 'foreign') throw foreignDatabaseError(file)
    await exec(raw, CONNECTION_PRAGMAS)
  } catch (error) {
    await new Promise<void>((resolve) => raw.close(() => resolve()))
    throw error instanceof AppError ? error : toOpenError(error, file)
  }
  const identity = await fileIdentity(file)
  const db = new Kysely<Database>({
    dialect: new Sqlite3Dialect(raw, identity ? { identity } : {})
  })
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
  const translated = translateStorageError(error)
  if (translated instanceof AppError) return translated
  return new AppError(
    'INTERNAL',
    `Impossible d'ouvrir la base de données ${file} : vérifiez que le chemin désigne bien un fichier et que ses droits permettent d'y écrire.`
  )
}
