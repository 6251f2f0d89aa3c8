import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedBulkAgreements } from '../../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('bulk agreements for scale tests', () => {
  let database: TempDatabase
  beforeAll(async () => {
    database = await openTempDatabase()
    await seedDemoData(database.db, database.services)
    await seedBulkAgreements(database.db, 240, new Date('2026-11-30T10:00:00Z'))
  })
  afterAll(async () => {
    await database.dispose()
  })

  it('are conventions the signing gate lets through, past the draft as a real register holds them', async () => {
    const rows = await database.db
      .selectFrom('agreements')
      .select(['id', 'reference', 'status'])
      .where('title', 'like', 'Convention %')
      .where('status', '!=', 'draft')
      .execute()
    expect(rows.length).toBeGreaterThan(150)
    const refused: string[] = []
    for (const row of rows) {
      const { problems } = await database.services.agreements.check(row.id)
      for (const problem of problems)
        refused.push(`${row.reference} (${row.status}) ${problem.code}: ${problem.message}`)
    }
    expect(refused).toEqual([])
  })
})
