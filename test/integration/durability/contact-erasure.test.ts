import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { partnerWithContact } from '../../support/durability-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

function fileContains(file: string, text: string): boolean {
  return existsSync(file) && readFileSync(file).includes(Buffer.from(text, 'utf8'))
}

describe('erasing a contact (GDPR)', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('removes their email from the database file and its WAL, and names the backups that still hold it', async () => {
    const { services, file } = database
    const email = 'jeanne.martin.unique@asso-exemple.fr'
    const partner = await services.partners.create(partnerWithContact('Recyclerie solidaire', email))
    const oldBackup = await services.backups.create()
    // The partner is edited a few times so that several page versions holding the email exist.
    for (let index = 0; index < 3; index += 1) {
      await services.partners.update(partner.id, {
        ...partnerWithContact(`Recyclerie solidaire ${index}`, email),
        contacts: [{ ...partnerWithContact('', email).contacts[0]!, id: partner.contacts[0]!.id }]
      })
    }
    expect(fileContains(file, email) || fileContains(`${file}-wal`, email)).toBe(true)

    const contactId = partner.contacts[0]!.id
    const outcome = await services.partners.eraseContact(contactId)

    expect(fileContains(file, email)).toBe(false)
    expect(fileContains(`${file}-wal`, email)).toBe(false)
    expect(fileContains(file, '05 56 00 00 00') || fileContains(file, '0556000000')).toBe(false)
    const contact = (await services.partners.get(partner.id)).contacts[0]
    expect(contact).toMatchObject({
      id: contactId,
      name: 'Contact effacé',
      email: null,
      phone: null,
      role: null
    })
    expect(outcome.backupsStillHolding.map((backup) => backup.name)).toEqual([oldBackup.name])

    // A backup taken after the erasure does not hold the contact.
    const fresh = await services.backups.create()
    expect(fileContains(services.backups.pathOf(fresh), email)).toBe(false)
  })

  it('refuses an unknown contact', async () => {
    await expect(database.services.partners.eraseContact(999)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
