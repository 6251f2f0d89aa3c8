import {
  CompiledQuery,
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
import { translateStorageError } from './storage-errors'

/**
 * Kysely dialect over the asynchronous `sqlite3` package (Kysely's own SqliteDialect expects better-sqlite3).
 * One connection, handed to one caller at a time, so transactions never interleave.
 */
export class Sqlite3Dialect implements Dialect {
  constructor(private readonly database: sqlite3.Database) {}

  createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter()
  }

  createDriver(): Driver {
    return new Sqlite3Driver(this.database)
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

  constructor(database: sqlite3.Database) {
    this.connection = new Sqlite3Connection(database)
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock()
    return this.connection
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on SQLITE_BUSY.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
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
  constructor(private readonly database: sqlite3.Database) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery
    const params = parameters as unknown[]
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
