import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliCaptured } from '../../support/cli'
import { makeTempFolder } from '../../support/temp-database'

const cli = (...argv: string[]) => runCliCaptured(argv)

describe('CLI: backup and check', () => {
  let folder: string
  let db: string
  beforeEach(async () => {
    folder = makeTempFolder()
    db = join(folder, 'cli.sqlite')
    expect((await cli('--db', db, 'demo')).code).toBe(0)
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const partnerCount = async () =>
    (JSON.parse((await cli('--db', db, 'partners', 'list', '--json')).out) as unknown[]).length

  it('creates, lists as JSON and restores a backup; check says the database is intact', async () => {
    expect(await cli('--db', db, 'check')).toMatchObject({ code: 0, out: expect.stringContaining('intacte') })
    expect(await cli('--db', db, 'backup', 'create')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Sauvegarde vérifiée')
    })
    const listed = JSON.parse((await cli('--db', db, 'backup', 'list', '--json')).out) as Array<{
      name: string
      reason: string
    }>
    expect(listed).toEqual([expect.objectContaining({ reason: 'manual', sizeBytes: expect.any(Number) })])
    expect((await cli('--db', db, 'backup', 'list')).out).toMatch(/Manuelle .* Ko/)

    const before = await partnerCount()
    await cli('--db', db, 'partners', 'add', '--name', 'Ajout après la sauvegarde')
    expect(await partnerCount()).toBe(before + 1)
    const restored = await cli('--db', db, 'backup', 'restore', listed[0]?.name ?? '')
    expect(restored).toMatchObject({ code: 0, out: expect.stringContaining('restaurée') })
    expect(await partnerCount()).toBe(before)
  })

  it('writes a backup with --out, and refuses to overwrite an existing file', async () => {
    const target = join(folder, 'copie.sqlite')
    expect((await cli('--db', db, 'backup', 'create', '--out', target)).code).toBe(0)
    expect(await cli('--db', target, 'check')).toMatchObject({ code: 0 })
    expect(await cli('--db', db, 'backup', 'create', '--out', target)).toMatchObject({
      code: 1,
      err: expect.stringContaining('existe déjà')
    })
  })

  it('check exits 1 on a damaged database and names the backup to restore; restore repairs it', async () => {
    await cli('--db', db, 'backup', 'create')
    const fd = openSync(db, 'r+')
    writeSync(fd, Buffer.from('not a database anymore'), 0, 22, 0)
    closeSync(fd)
    const checked = await cli('--db', db, 'check')
    expect(checked.code).toBe(1)
    expect(checked.err).toMatch(/endommagée[\s\S]*backup restore .*manual-[0-9a-f]{6}\.sqlite/)
    const file = /backup restore (\S+)/.exec(checked.err)?.[1] ?? ''
    expect(await cli('--db', db, 'backup', 'restore', file)).toMatchObject({
      code: 0,
      out: expect.stringContaining('mis de côté')
    })
    expect((await cli('--db', db, 'check')).code).toBe(0)
    expect(await partnerCount()).toBeGreaterThanOrEqual(5)
  })

  it('refuses bad usage with exit 2', async () => {
    expect((await cli('--db', db, 'backup')).code).toBe(2)
    expect((await cli('--db', db, 'backup', 'restore')).code).toBe(2)
  })
})
