import sqlite3 from 'sqlite3'

/**
 * Small promise helpers over a raw `sqlite3` connection, for work that must happen outside the app's Kysely
 * connection: checking a file that may be damaged, reading a backup, copying pages with the online backup API.
 */

/** `Database#backup` exists in sqlite3 but is missing from its type declarations. */
interface Sqlite3Backup {
  step(pages: number, callback: (error: Error | null) => void): void
  finish(callback?: (error: Error | null) => void): void
  readonly completed: boolean
  readonly failed: boolean
}

type BackupCapable = sqlite3.Database & {
  backup(file: string, destName: string, sourceName: string, filenameIsDest: boolean): Sqlite3Backup
}

export function openRawFile(file: string, mode: 'read-only' | 'read-write'): Promise<sqlite3.Database> {
  const flags = mode === 'read-only' ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, flags, (error) => (error ? reject(error) : resolve(database)))
  })
}

export function allRows<T>(
  database: sqlite3.Database,
  statement: string,
  params: unknown[] = []
): Promise<T[]> {
  return new Promise((resolve, reject) =>
    database.all(statement, params, (error: Error | null, rows: T[]) =>
      error ? reject(error) : resolve(rows)
    )
  )
}

export function runStatement(
  database: sqlite3.Database,
  statement: string,
  params: unknown[] = []
): Promise<void> {
  return new Promise((resolve, reject) =>
    database.run(statement, params, (error) => (error ? reject(error) : resolve()))
  )
}

export function closeRaw(database: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => database.close(() => resolve()))
}

/** Opens `file`, runs `work` and always closes the connection. */
export async function withRawFile<T>(
  file: string,
  mode: 'read-only' | 'read-write',
  work: (database: sqlite3.Database) => Promise<T>
): Promise<T> {
  const database = await openRawFile(file, mode)
  try {
    return await work(database)
  } finally {
    await closeRaw(database)
  }
}

/**
 * Copies every page of `sourceFile` into the database open on `destination`, in one step, with SQLite's online
 * backup API: other connections to the destination see either the old content or the new one, never a mix.
 */
export async function copyFileInto(destination: sqlite3.Database, sourceFile: string): Promise<void> {
  const backup = (destination as BackupCapable).backup(sourceFile, 'main', 'main', false)
  try {
    await new Promise<void>((resolve, reject) =>
      backup.step(-1, (error) => (error ? reject(error) : resolve()))
    )
    if (!backup.completed) throw new Error('La copie des pages de la sauvegarde ne s’est pas terminée.')
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()))
  }
}
