import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { inProcessApi, type InProcessApi } from './in-process-api'
import { openTempDatabase, type TempDatabase } from './temp-database'

export interface ComponentDatabase {
  readonly database: TempDatabase
}

/**
 * For component tests: before each test, a fresh database with the real services behind `window.api`; after it,
 * the UI is unmounted first (forms save what is pending when they close), the calls still running are let finish,
 * then the database is removed. Read `database` inside the tests.
 */
export function useComponentDatabase(): ComponentDatabase {
  let database: TempDatabase | undefined
  let bridge: InProcessApi | undefined
  beforeEach(async () => {
    database = await openTempDatabase()
    bridge = inProcessApi(database.services)
    window.api = bridge.api
  })
  afterEach(async () => {
    cleanup()
    await bridge?.settled()
    await database?.dispose()
  })
  return {
    get database() {
      if (database === undefined) throw new Error('the component database is opened before each test')
      return database
    }
  }
}
