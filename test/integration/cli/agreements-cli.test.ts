import { describe, expect, it } from 'vitest'
import { useCliDatabase } from '../../support/cli'

describe('CLI: demo and agreements list', () => {
  const { cli } = useCliDatabase()

  const listJson = async (...args: string[]) =>
    JSON.parse((await cli('agreements', 'list', '--json', ...args)).out) as Array<Record<string, unknown>>

  it('seeds agreements of the four types at several statuses, once', async () => {
    expect((await cli('demo')).code).toBe(0)
    const second = await cli('demo')
    expect(second.out).toContain('0 convention(s) ajoutée(s), 14 déjà présente(s)')
    const rows = await listJson()
    expect(rows).toHaveLength(14)
    expect(new Set(rows.map((row) => row.type))).toEqual(
      new Set(['economic-cooperation', 'social-innovation', 'responsible-practices', 'patronage'])
    )
    expect(new Set(rows.map((row) => row.status)).size).toBe(6)
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'reference',
        'title',
        'type',
        'status',
        'partnerName',
        'startDate',
        'endDate'
      ])
    )
  })

  it('filters the list by search text, type and status', async () => {
    await cli('demo')
    expect((await listJson('--type', 'patronage')).every((row) => row.type === 'patronage')).toBe(true)
    expect(
      (await listJson('--status', 'signed', '--type', 'responsible-practices')).map((row) => row.title)
    ).toEqual(['Maraîchage d’insertion pour les restaurants d’entreprise'])
    expect((await listJson('--search', 'recyclerie')).map((row) => row.partnerName)).toEqual([
      'Recyclerie du Pays basque'
    ])
    expect((await cli('agreements', 'list', '--search', 'recyclerie')).out).toContain(
      'Recyclerie du Pays basque'
    )
  })

  it('adds N agreements for scale tests', async () => {
    const run = await cli('demo', '--agreements', '40')
    expect(run.code).toBe(0)
    expect(run.out).toContain('40 convention(s) de test')
    expect(await listJson()).toHaveLength(54)
  })

  it('refuses invalid values with exit 1 and a French message, writing nothing', async () => {
    const badCount = await cli('demo', '--agreements', 'beaucoup')
    expect(badCount).toMatchObject({ code: 1, err: expect.stringContaining('nombre entier') })
    expect(await listJson()).toEqual([])
    const badType = await cli('agreements', 'list', '--type', 'gift')
    expect(badType).toMatchObject({ code: 1, err: expect.stringContaining('Type inconnu') })
  })

  it('answers bad usage with exit 2', async () => {
    expect((await cli('agreements', 'list', '--colour')).code).toBe(2)
    expect((await cli('agreements', 'sign')).code).toBe(2)
  })
})
