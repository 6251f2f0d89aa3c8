import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db/open-database'
import { createAppServices } from '../../src-main/services/app-services'
import { backupsFolderFor, createBackupFile } from '../../src-main/services/backup/backup.service'
import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { closeBrowser, shown, startE2eAppOnFile } from '../support/e2e-bridge'
import { makeTempFolder } from '../support/temp-database'

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, bytes, 0, bytes.length, offset)
  closeSync(fd)
}

describe('starting on a damaged database, in a real browser', () => {
  let folder: string
  let file: string
  let app: Awaited<ReturnType<typeof startE2eAppOnFile>> | undefined
  beforeEach(async () => {
    folder = makeTempFolder()
    file = join(folder, 'alliance-conventions.sqlite')
    const opened = await openDatabase(file)
    const services = createAppServices({ db: opened.db, databasePath: file, version: 'e2e' })
    for (let index = 0; index < 30; index += 1) {
      await services.partners.create({
        ...emptyPartnerInput(),
        name: `Structure ${index} ${'x'.repeat(150)}`,
        addressLine: 'y'.repeat(190)
      })
    }
    await createBackupFile(file, backupsFolderFor(file), 'daily', new Date())
    await opened.close()
  })
  afterEach(async () => {
    await app?.close()
    app = undefined
    rmSync(folder, { recursive: true, force: true })
  })
  afterAll(async () => {
    await closeBrowser()
  })

  it.each([
    ['a damaged header', () => overwrite(file, 0, Buffer.from('garbage garbage garbage'))],
    ['damaged pages', () => overwrite(file, 4096 * 3, Buffer.alloc(4096 * 4, 0xa5))]
  ])('says so in French, offers the latest good backup, and restores it (%s)', async (_label, damage) => {
    damage()
    app = await startE2eAppOnFile(file)
    const { page } = app
    await shown(page.getByRole('heading', { name: 'Fichier de données endommagé' }))
    await shown(page.getByText(/Voulez-vous restaurer la dernière sauvegarde/))
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0)

    await page.getByRole('button', { name: 'Restaurer la sauvegarde' }).click()
    await shown(page.getByRole('navigation', { name: 'Navigation principale' }))
    await page.getByRole('navigation').getByRole('link', { name: 'Partenaires' }).click()
    await shown(page.getByText('30 partenaires'))
  })
})
