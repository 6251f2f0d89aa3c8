import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { inProcessApi, type InProcessApi } from './in-process-api'
import { openTempDatabase, type TempDatabase } from './temp-database'

export interface ComponentDatabase {
  readonly database: TempDatabase
  readonly bridge: InProcessApi
}

/**
 * For component tests: before each test, a fresh database with the real services behind `window.api`; after it,
 * the UI is unmounted first (forms save what is pending when they close), the calls still running are let finish,
 * then the database is removed. Read `database` and `bridge` inside the tests.
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
  const ready = <T,>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the component database is opened before each test')
    return value
  }
  return {
    get database() {
      return ready(database)
    },
    get bridge() {
      return ready(bridge)
    }
  }
}
