import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readyAgreement, signBoth } from '../../support/document-fixtures'
import { partnerWithContact } from '../../support/durability-fixtures'
import { readZip } from '../exchange/exchange-fixtures'
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

  it('tells which signatures and issued documents keep a signer’s name, and why; only an anonymised export leaves it out', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const forSignature = await services.documents.generate({ agreementId: agreement.id })
    const signed = await signBoth(services, forSignature.id)
    const partnerId = agreement.partnerId ?? 0
    const signer = (await services.partners.get(partnerId)).contacts.find(
      (contact) => contact.name === 'Bernard Lafitte'
    )
    if (!signer) throw new Error('no signer')

    const impact = await services.partners.erasureImpact(signer.id)
    expect(impact).toMatchObject({
      contactName: 'Bernard Lafitte',
      signatures: [{ reference: agreement.reference, received: false }],
      agreementIds: [agreement.id]
    })
    expect(impact.documents.map((document) => [document.version, document.kind])).toEqual([
      [forSignature.version, 'for_signature'],
      [signed.version, 'signed']
    ])
    // The other contact of the structure never signed: nothing of theirs is kept.
    const other = (await services.partners.get(partnerId)).contacts.find(
      (contact) => contact.id !== signer.id
    )
    expect(await services.partners.erasureImpact(other?.id ?? 0)).toMatchObject({
      signatures: [],
      documents: []
    })

    await services.partners.eraseContact(signer.id)
    // What the coordinator was told: the signature still names them, so does a full export; an anonymised one not.
    const names = await database.db.selectFrom('document_signatures').select('signer_name').execute()
    expect(names.map((row) => row.signer_name)).toContain('Bernard Lafitte')
    const full = join(database.folder, 'complet.zip')
    const anonymised = join(database.folder, 'anonyme.zip')
    await services.exchange.export({ selection: { kind: 'ids', ids: impact.agreementIds }, filePath: full })
    await services.exchange.export({
      selection: { kind: 'ids', ids: impact.agreementIds },
      filePath: anonymised,
      anonymised: true
    })
    const mentions = async (path: string) =>
      [...(await readZip(path)).values()].some((data) =>
        data.includes(Buffer.from('Bernard Lafitte', 'utf8'))
      )
    expect(await mentions(full)).toBe(true)
    expect(await mentions(anonymised)).toBe(false)
  })
})
