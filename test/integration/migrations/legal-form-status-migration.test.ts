import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useMigrationStep } from '../../support/migration-step'

describe('migration 0025-split-legal-form-and-status', () => {
  const step = useMigrationStep('0025-split-legal-form-and-status')

  it('turns statuses chosen as legal forms into a legal form and a status, and keeps the others as they were', async () => {
    const old = await step.before()
    const now = '2026-11-28T10:00:00.000Z'
    const legacy: Array<[number, string, string]> = [
      [1, 'ESAT Les Ateliers du Médoc', 'esat'],
      [2, 'Atlantique Services Adaptés', 'adapted-enterprise'],
      [3, 'Jardins d’insertion de Pessac', 'siae'],
      [4, 'Recyclerie du Pays basque', 'esus'],
      [5, 'Croix-Rouge française', 'arup'],
      [6, 'ADMR de la Vallée du Lot', 'association-1901'],
      [7, 'Coopérative Terres d’Oc', 'scic']
    ]
    for (const [id, name, legalForm] of legacy)
      await sql`insert into partners (id, name, legal_form, search_text, created_at, updated_at)
        values (${id}, ${name}, ${legalForm}, ${name}, ${now}, ${now})`.execute(old.db)

    const opened = await step.after()
    const { rows } = await sql<{ id: number; legal_form: string; statuses: string }>`
      select id, legal_form, statuses from partners order by id`.execute(opened.db)
    expect(rows.map((row) => [row.id, row.legal_form, JSON.parse(row.statuses) as string[]])).toEqual([
      [1, 'association-1901', ['esat']],
      [2, 'other', ['adapted-enterprise']],
      [3, 'other', ['siae']],
      [4, 'other', ['esus']],
      [5, 'association-1901', ['public-utility']],
      [6, 'association-1901', []],
      [7, 'scic', []]
    ])
    const forms = await sql<{ code: string }>`select code from legal_forms order by position`.execute(
      opened.db
    )
    expect(forms.rows.map((row) => row.code)).toEqual([
      'association-1901',
      'foundation',
      'scop',
      'scic',
      'mutual',
      'sa',
      'sas',
      'sarl',
      'public-body',
      'other'
    ])
    // A status that is not a JSON array, or a legacy code as a legal form, is refused by the table itself.
    await expect(sql`update partners set statuses = 'esat' where id = 6`.execute(opened.db)).rejects.toThrow()
    await expect(
      sql`update partners set legal_form = 'esat' where id = 6`.execute(opened.db)
    ).rejects.toThrow()
  })
})
