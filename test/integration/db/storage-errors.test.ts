import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../../src-main/db/open-database'
import { openRawFile, closeRaw, runStatement } from '../../../src-main/db/sqlite-file'
import { translateStorageError } from '../../../src-main/db/storage-errors'
import { createAppServices, type AppServices } from '../../../src-main/services/app-services'
import { writeFileAtomic } from '../../../src-main/services/files/atomic-write'
import { AppError } from '../../../src-main/shared/errors'
import { partnerWithContact } from '../../support/durability-fixtures'
import { makeTempFolder } from '../../support/temp-database'

/** What a user may read: French, and no SQLite code, errno or English sentence of a library. */
function expectFrenchOnly(error: unknown): AppError {
  expect(error).toBeInstanceOf(AppError)
  const { message } = error as AppError
  expect(message).not.toMatch(/SQLITE|\bE[A-Z]{2,}\b/)
  expect(message).not.toMatch(/errno|database|cannot|no such|permission|denied|is a directory|failed/i)
  expect(message).toMatch(/[éèàçù]|\b(le|la|les|un|une|est)\b/)
  return error as AppError
}

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work()
  } catch (error) {
    return translateStorageError(error)
  }
  throw new Error('expected a failure')
}

describe('storage errors reach the user in French', () => {
  let folder: string
  let file: string
  let opened: OpenedDatabase | undefined
  let services: AppServices
  beforeEach(async () => {
    folder = makeTempFolder('alliance-storage-')
    file = join(folder, 'alliance-conventions.sqlite')
    opened = await openDatabase(file, { busyTimeoutMs: 200 })
    services = createAppServices({ db: opened.db, databasePath: file, version: 't' })
  })
  afterEach(async () => {
    await opened?.close().catch(() => undefined)
    rmSync(folder, { recursive: true, force: true })
  })

  it('busy: the CLI holds the write lock longer than the wait — « utilisée par une autre fenêtre »', async () => {
    const cli = await openRawFile(file, 'read-write')
    await runStatement(cli, 'begin immediate')
    const error = expectFrenchOnly(
      await failureOf(() => services.partners.create(partnerWithContact('Épicerie solidaire', 'a@b.fr')))
    )
    expect(error.message).toMatch(
      /^La base est utilisée par une autre fenêtre ou par la ligne de commande : rien n'a été enregistré/
    )
    await runStatement(cli, 'rollback')
    await closeRaw(cli)
    // Once the other writer is done, the same write goes through.
    await services.partners.create(partnerWithContact('Épicerie solidaire', 'a@b.fr'))
  })

  it('busy but released within the wait: the write simply waits its turn', async () => {
    const cli = await openRawFile(file, 'read-write')
    await runStatement(cli, 'begin immediate')
    setTimeout(() => void runStatement(cli, 'commit'), 100)
    await services.partners.create(partnerWithContact('Ressourcerie', 'r@b.fr'))
    await closeRaw(cli)
    expect((await services.partners.list({})).map((partner) => partner.name)).toEqual(['Ressourcerie'])
  })

  it('read-only database file: French, nothing saved', async () => {
    const readOnly = await openRawFile(file, 'read-only')
    const error = await new Promise<unknown>((resolve) =>
      readOnly.run("insert into head_networks (name) values ('x')", (failure) => resolve(failure))
    )
    await closeRaw(readOnly)
    expect(expectFrenchOnly(translateStorageError(error)).message).toMatch(/lecture seule/)
  })

  it('file errors: permission denied, read-only disk, a folder where a file is expected, a path through a file', async () => {
    mkdirSync(join(folder, 'dossier'))
    writeFileSync(join(folder, 'fichier'), 'x')
    const cases: Array<[() => Promise<unknown>, RegExp]> = [
      [() => writeFile('/proc/1/environ', 'x'), /Accès refusé/],
      [() => open('/sys/x', 'wx'), /Accès refusé/],
      [() => writeFileAtomic(join(folder, 'dossier'), 'x'), /dossier, pas un fichier|Accès refusé/],
      [() => readFile(join(folder, 'dossier')), /dossier, pas un fichier/],
      [() => writeFile(join(folder, 'fichier', 'x'), 'x'), /n'est pas un dossier/],
      [() => readFile(join(folder, 'absent.docx')), /introuvable/],
      [() => writeFileAtomic('/dev/full/x', 'x'), /n'est pas un dossier|Accès refusé/]
    ]
    for (const [work, message] of cases)
      expect(expectFrenchOnly(await failureOf(work)).message).toMatch(message)
  })

  it('every SQLite and file-system code a disk can produce has its French sentence', () => {
    const codes = [
      'SQLITE_FULL',
      'SQLITE_BUSY',
      'SQLITE_LOCKED',
      'SQLITE_READONLY',
      'SQLITE_IOERR',
      'SQLITE_PERM',
      'SQLITE_AUTH',
      'SQLITE_CANTOPEN',
      'SQLITE_CORRUPT',
      'SQLITE_NOTADB',
      'SQLITE_NOMEM',
      'SQLITE_TOOBIG',
      'ENOSPC',
      'EDQUOT',
      'EROFS',
      'EIO',
      'EACCES',
      'EPERM',
      'EBUSY',
      'EISDIR',
      'ENOTDIR',
      'EEXIST',
      'ENOENT',
      'ENAMETOOLONG',
      'EMFILE',
      'ENFILE',
      'ENOMEM'
    ]
    for (const code of codes) {
      const english = Object.assign(new Error(`${code}: something failed in English`), { code })
      expectFrenchOnly(translateStorageError(english))
    }
    const moved = Object.assign(new Error('SQLITE_READONLY_DBMOVED: attempt to write'), {
      code: 'SQLITE_READONLY'
    })
    expect((translateStorageError(moved) as AppError).message).toMatch(/supprimé, déplacé ou remplacé/)
  })

  it('a failure SQLite already rolled back is reported as itself, not as « cannot rollback »', async () => {
    const db = (opened as OpenedDatabase).db
    const full = Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' })
    const error = await failureOf(() =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('head_networks').values({ name: 'Réseau' }).execute()
        // What SQLite does by itself on a full disk or an I/O error: the transaction is gone.
        await sql`rollback`.execute(trx)
        throw full
      })
    )
    expect(expectFrenchOnly(error).code).toBe('DISK_FULL')
    // The connection is usable again, and nothing of the failed transaction was kept.
    await db.insertInto('head_networks').values({ name: 'Après' }).execute()
    const names = (await db.selectFrom('head_networks').select('name').execute()).map((row) => row.name)
    expect(names).toContain('Après')
    expect(names).not.toContain('Réseau')
  })

  it('the data folder deleted while in use: no write reports success', async () => {
    await services.partners.create(partnerWithContact('Avant', 'avant@b.fr'))
    rmSync(folder, { recursive: true, force: true })
    const error = expectFrenchOnly(
      await failureOf(() => services.partners.create(partnerWithContact('Pendant', 'p@b.fr')))
    )
    expect(error.message).toMatch(/supprimé, déplacé ou remplacé/)
    const single = expectFrenchOnly(
      await failureOf(() =>
        (opened as OpenedDatabase).db.insertInto('head_networks').values({ name: 'x' }).execute()
      )
    )
    expect(single.code).toBe('WRITE_FAILED')
  })

  it('the database file replaced under the app (a copy dropped over it): no write reports success', async () => {
    const other = join(folder, 'autre.sqlite')
    const second = await openDatabase(other)
    await second.close()
    renameSync(other, file)
    const error = expectFrenchOnly(
      await failureOf(() => services.partners.create(partnerWithContact('Après remplacement', 'x@b.fr')))
    )
    expect(error.message).toMatch(/supprimé, déplacé ou remplacé/)
  })

  it('--db naming a folder: a French sentence', async () => {
    const error = expectFrenchOnly(await failureOf(() => openDatabase(folder)))
    expect(error.message).toMatch(/ne peut pas être ouvert|dossier/)
  })
})
