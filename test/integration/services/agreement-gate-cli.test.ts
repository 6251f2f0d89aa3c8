import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import { useCliDatabase } from '../../support/cli'

describe('CLI: the signing gate', () => {
  const context = useCliDatabase()
  const { cli } = context

  /** Changes a demo agreement through the services, as the app would, on the CLI's database. */
  async function withServices<T>(
    work: (services: ReturnType<typeof createAppServices>) => Promise<T>
  ): Promise<T> {
    const opened = await openDatabase(context.dbPath)
    try {
      return await work(createAppServices({ db: opened.db, databasePath: context.dbPath, version: 'test' }))
    } finally {
      await opened.close()
    }
  }

  const referenceOf = async (title: string) => {
    const rows = JSON.parse((await cli('agreements', 'list', '--json')).out) as Array<{
      reference: string
      title: string
    }>
    return rows.find((row) => row.title === title)?.reference ?? ''
  }

  it('says what blocks a draft, step and field, with exit 1; a convention ready for signature passes', async () => {
    await cli('demo')
    const draft = await cli('agreements', 'check', '--ref', await referenceOf('Relais Poste ESS de l’ADMR'))
    expect(draft.code).toBe(1)
    expect(draft.out).toContain('À corriger (étape 4, terms.jointOffer) : Décrivez l’offre commune.')
    expect(draft.err).toMatch(/n’est pas prête pour signature : \d+ points à corriger/)
    const ready = await cli(
      'agreements',
      'check',
      '--ref',
      await referenceOf('Étape numérique de Mont-de-Marsan')
    )
    expect(ready).toMatchObject({
      code: 0,
      out: expect.stringContaining('peut être marquée « prête pour signature »')
    })
    expect((await cli('agreements', 'check')).code).toBe(2)
    expect((await cli('agreements', 'check', '--ref', 'AD-1999-33-0001')).code).toBe(1)
  })

  it('refuses the content the service refuses: counterparts above 25 % of a gift', async () => {
    await cli('demo')
    const reference = await referenceOf('Don de matériel informatique reconditionné')
    await withServices(async (services) => {
      const { rows } = await services.agreements.search({ search: reference })
      const id = rows[0]?.id ?? 0
      await services.agreements.transition({ id, to: 'draft' })
      const { agreement } = await services.agreements.get(id)
      if (agreement.terms?.type !== 'patronage') throw new Error('the demo gift is mécénat')
      await services.agreements.saveDraft({
        id,
        changes: {
          terms: { ...agreement.terms, counterparts: [{ description: 'Logo', valueCents: 130_000 }] }
        }
      })
    })
    const run = await cli('agreements', 'check', '--ref', reference, '--json')
    expect(run.code).toBe(1)
    const check = JSON.parse(run.out.slice(0, run.out.lastIndexOf('}') + 1)) as {
      problems: Array<{ code: string }>
    }
    expect(check.problems.map((problem) => problem.code)).toEqual(['counterparts-over-25-percent'])
  })
})
