import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliCaptured } from '../../support/cli'
import { makeTempFolder } from '../../support/temp-database'

const cli = (...argv: string[]) => runCliCaptured(argv)

describe('CLI: demo and partners', () => {
  let folder: string
  let db: string
  beforeEach(() => {
    folder = makeTempFolder()
    db = join(folder, 'cli.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  async function partnerNames(): Promise<string[]> {
    const { out } = await cli('--db', db, 'partners', 'list', '--json')
    return (JSON.parse(out) as Array<{ name: string }>).map((partner) => partner.name)
  }

  it('fills sample partners once, however often demo runs, and lists them as JSON', async () => {
    expect((await cli('--db', db, 'demo')).code).toBe(0)
    const { code, out } = await cli('--db', db, 'partners', 'list', '--json')
    expect(code).toBe(0)
    const partners = JSON.parse(out) as Array<Record<string, unknown>>
    expect(partners.length).toBeGreaterThanOrEqual(5)
    expect(partners[0]).toEqual(
      expect.objectContaining({
        id: expect.any(Number),
        name: expect.any(String),
        siret: expect.anything(),
        rna: expect.anything(),
        postalCode: expect.any(String),
        commune: expect.any(String),
        headNetwork: expect.anything()
      })
    )
    const names = partners.map((partner) => partner.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'ADMR de la Vallée du Lot',
        'Banque alimentaire de la Gironde',
        'ESAT Les Ateliers du Médoc'
      ])
    )
    await cli('--db', db, 'demo')
    expect(await partnerNames()).toEqual(names)
  })

  it('adds a valid partner', async () => {
    const result = await cli(
      '--db',
      db,
      'partners',
      'add',
      '--name',
      'Épicerie solidaire',
      '--siret',
      '440 123 453 00019',
      '--postal-code',
      '47300',
      '--commune',
      'Villeneuve-sur-Lot'
    )
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('Épicerie solidaire') })
    expect(await partnerNames()).toEqual(['Épicerie solidaire'])
  })

  it('records an ESAT as its managing association, with the ESAT status apart', async () => {
    const result = await cli(
      '--db',
      db,
      'partners',
      'add',
      '--name',
      'ESAT Les Ateliers du Médoc',
      '--status',
      'esat',
      '--managing-body',
      'Association Les Papillons blancs du Médoc'
    )
    expect(result.code).toBe(0)
    const { out } = await cli('--db', db, 'partners', 'list', '--json')
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({ legalForm: 'association-1901', statuses: ['esat'] })
    ])
    expect(await cli('--db', db, 'partners', 'add', '--name', 'Autre', '--legal-form', 'esat')).toMatchObject(
      { code: 2, err: expect.stringContaining('Forme juridique inconnue') }
    )
    expect(await cli('--db', db, 'partners', 'add', '--name', 'Autre', '--status', 'ea')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Statut inconnu')
    })
  })

  it.each([
    [['--siret', '44012345300018'], /SIRET.*clé de contrôle/s],
    [['--rna', 'W12345'], /RNA/],
    [['--status', 'esat'], /organisme gestionnaire/],
    [['--postal-code', '33000', '--commune', 'Pessac'], /ne correspond pas au code postal 33000/]
  ])('refuses %j with exit 1, a French message, and writes nothing', async (options, message) => {
    const result = await cli('--db', db, 'partners', 'add', '--name', 'Structure test', ...options)
    expect(result.code).toBe(1)
    expect(result.err).toMatch(message)
    expect(await partnerNames()).toEqual([])
  })

  it('refuses a second structure with the same SIRET, naming the first', async () => {
    await cli('--db', db, 'demo')
    const result = await cli('--db', db, 'partners', 'add', '--name', 'Doublon', '--siret', '44012345300019')
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('ADMR de la Vallée du Lot') })
  })

  it.each([
    [[]],
    [['partners']],
    [['partners', 'add']],
    [['partners', 'list', '--bogus']],
    [['unknown']],
    [['--db']]
  ])('answers bad usage %j with exit 2', async (argv) => {
    const result = await cli(...(argv.length && argv[0] !== '--db' ? ['--db', db, ...argv] : argv))
    expect(result.code).toBe(2)
  })

  it('runs as a real process through npm run cli, with the exit codes of the README', async () => {
    const run = promisify(execFile)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const ok = await run(npm, [
      'run',
      '--silent',
      'cli',
      '--',
      '--db',
      db,
      'partners',
      'add',
      '--name',
      'ADMR 47'
    ])
    expect(ok.stdout).toContain('ADMR 47')
    await expect(
      run(npm, [
        'run',
        '--silent',
        'cli',
        '--',
        '--db',
        db,
        'partners',
        'add',
        '--name',
        'X2',
        '--siret',
        '1'
      ])
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('SIRET')
    })
  })
})
