import {
  type CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult
} from 'kysely'
import type sqlite3 from 'sqlite3'
import { AppError } from '../shared/errors'
import { DATABASE_MOVED_MESSAGE, translateStorageError } from './storage-errors'
import type { FileIdentity } from './file-identity'

export interface Sqlite3DialectOptions {
  /**
   * The database file as it was when opened: every commit first checks the path still names that very file, so a
   * database unlinked or replaced while open never reports a write as saved (WAL mode would write on into the
   * orphaned file and lose everything at close).
   */
  identity?: FileIdentity
}

/**
 * Kysely dialect over the asynchronous `sqlite3` package (Kysely's own SqliteDialect expects better-sqlite3).
 * One connection, handed to one caller at a time, so transactions never interleave.
 */
export class Sqlite3Dialect implements Dialect {
  constructor(
    private readonly database: sqlite3.Database,
    private readonly options: Sqlite3DialectOptions = {}
  ) {}

  createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter()
  }

  createDriver(): Driver {
    return new Sqlite3Driver(this.database, this.options.identity)
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler()
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}

/** SQLite does run DDL inside transactions; Kysely's SqliteAdapter says otherwise (supportsTransactionalDdl is false). */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

class Sqlite3Driver implements Driver {
  private readonly connection: Sqlite3Connection
  private readonly mutex = new ConnectionMutex()

  constructor(database: sqlite3.Database, identity: FileIdentity | undefined) {
    this.connection = new Sqlite3Connection(database, identity)
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock()
    return this.connection
  }

  async beginTransaction(): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on SQLITE_BUSY.
    try {
      await this.connection.run('begin immediate')
    } catch (error) {
      // A rollback that failed earlier may have left a transaction open: close it, then begin afresh.
      if (!/within a transaction/.test((error as Error).message)) throw error
      await this.connection.run('rollback')
      await this.connection.run('begin immediate')
    }
    this.connection.inTransaction = true
  }

  async commitTransaction(): Promise<void> {
    await this.connection.assertSameFile()
    await this.connection.run('commit')
    this.connection.inTransaction = false
  }

  /**
   * Never lets a failed rollback hide the error that caused it: SQLite rolls some failures back by itself (a full
   * disk, an I/O error), and a second rollback would then fail with « no transaction is active » in its place.
   */
  async rollbackTransaction(): Promise<void> {
    this.connection.inTransaction = false
    await this.connection.run('rollback').catch(() => undefined)
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock()
  }

  async destroy(): Promise<void> {
    await this.connection.close()
  }
}

const ROW_RETURNING_SQL = /^\s*(?:select|pragma|with|values|explain)\b|\breturning\b/i

class Sqlite3Connection implements DatabaseConnection {
  inTransaction = false

  constructor(
    private readonly database: sqlite3.Database,
    private readonly identity: FileIdentity | undefined
  ) {}

  async assertSameFile(): Promise<void> {
    if (this.identity && !(await this.identity.isStillThere()))
      throw new AppError('WRITE_FAILED', DATABASE_MOVED_MESSAGE)
  }

  run(statement: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.database.run(statement, (error) => (error ? reject(translateStorageError(error)) : resolve()))
    )
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery
    const params = parameters as unknown[]
    const reads = ROW_RETURNING_SQL.test(sql) && !/\breturning\b/i.test(sql)
    // A write outside a transaction commits at once: check the file first, as a commit does.
    if (!reads && !this.inTransaction && !/^\s*pragma\b/i.test(sql)) await this.assertSameFile()
    if (ROW_RETURNING_SQL.test(sql)) {
      return new Promise((resolve, reject) => {
        this.database.all(sql, params, (error: Error | null, rows: R[]) => {
          if (error) reject(translateStorageError(error))
          else resolve({ rows })
        })
      })
    }
    return new Promise((resolve, reject) => {
      this.database.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(translateStorageError(error))
        else resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) })
      })
    })
  }

  // eslint-disable-next-line require-yield -- streaming is not offered by the sqlite3 callback API
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported by the sqlite3 driver.')
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.database.close((error) => (error ? reject(error) : resolve()))
    )
  }
}

class ConnectionMutex {
  private pending: Promise<void> | undefined
  private release: (() => void) | undefined

  async lock(): Promise<void> {
    while (this.pending) await this.pending
    this.pending = new Promise((resolve) => {
      this.release = resolve
    })
  }

  unlock(): void {
    const release = this.release
    this.pending = undefined
    this.release = undefined
    release?.()
  }
}
