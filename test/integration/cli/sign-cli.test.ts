import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import { readyAgreement } from '../../support/document-fixtures'
import { runCliCaptured, useCliDatabase } from '../../support/cli'
import { pdfText } from '../../support/real-readers'
import { makeTempFolder } from '../../support/temp-database'
import { makeTestCa, type TestCa } from '../../support/test-ca'
import { textPdfShell } from '../../support/text-pdf-shell'

/** The messages are typeset (no-break spaces before « : »); the assertions read them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('CLI: documents sign and verify with certificates', () => {
  const cliDatabase = useCliDatabase()
  const { cli } = cliDatabase
  let caFolder: string
  let ca: TestCa

  beforeAll(() => {
    caFolder = makeTempFolder('cli-ca-')
    ca = makeTestCa(caFolder)
    process.env.TEST_LA_POSTE_PASSPHRASE = ca.laPoste.passphrase
    process.env.TEST_PARTNER_PASSPHRASE = ca.partner.passphrase
  })
  afterAll(() => rmSync(caFolder, { recursive: true, force: true }))

  /** A convention ready for signature, its Word version issued; with `pdf`, its PDF exported from the app. */
  async function prepared(pdf: boolean): Promise<string> {
    const database = await openDatabase(cliDatabase.dbPath)
    try {
      const services = createAppServices({
        db: database.db,
        databasePath: cliDatabase.dbPath,
        version: 'test',
        documentShell: textPdfShell()
      })
      await services.signatures.certificates.addAuthority({
        fileName: 'ca.pem',
        dataBase64: Buffer.from(ca.caPem).toString('base64')
      })
      const agreement = await readyAgreement(services, 'economic-cooperation')
      await services.documents.generate({ agreementId: agreement.id })
      if (pdf)
        await services.documents.exportPdf(
          { agreementId: agreement.id },
          join(cliDatabase.folder, 'export.pdf')
        )
      return agreement.reference
    } finally {
      await database.close()
    }
  }

  const sign = (reference: string, party: 'la-poste' | 'partner', out: string) =>
    cli(
      'documents',
      'sign',
      '--ref',
      reference,
      '--party',
      party,
      '--p12',
      party === 'la-poste' ? ca.laPoste.p12File : ca.partner.p12File,
      '--passphrase-env',
      party === 'la-poste' ? 'TEST_LA_POSTE_PASSPHRASE' : 'TEST_PARTNER_PASSPHRASE',
      '--place',
      party === 'la-poste' ? 'Bordeaux' : 'Pau',
      '--out',
      out
    )

  it('each party signs in turn; verify reports both signatures; one changed byte exits 1', async () => {
    const reference = await prepared(true)
    const out = join(cliDatabase.folder, 'signes')
    const first = await sign(reference, 'la-poste', out)
    expect(first).toMatchObject({ code: 0, err: '' })
    const second = await sign(reference, 'partner', out)
    expect(second.code).toBe(0)
    const [pdf, docx] = second.out.trim().split('\n') as [string, string]
    expect(pdf.endsWith('.pdf') && docx.endsWith('.docx')).toBe(true)

    const verified = await cli('documents', 'verify', pdf)
    expect(verified.code).toBe(0)
    expect(plain(verified.out)).toContain('Signature n° 1 de Claire Martin : valide, signature avancée')
    expect(plain(verified.out)).toContain('Signature n° 2 de Bernard Lafitte : valide, signature avancée')
    expect(plain((await cli('documents', 'verify', docx)).out)).toContain(
      'Signature n° 2 de Bernard Lafitte : valide'
    )

    const listed = JSON.parse((await cli('agreements', 'list', '--json')).out) as Array<{
      reference: string
      status: string
    }>
    expect(listed.find((row) => row.reference === reference)?.status).toBe('signed')

    const bytes = readFileSync(pdf)
    const at = bytes.indexOf(
      'Lieu : Bordeaux'
        .split('')
        .map((c) => c.charCodeAt(0).toString(16).toUpperCase())
        .join('')
    )
    bytes[at] = bytes[at] === 0x34 ? 0x35 : 0x34
    const tampered = join(cliDatabase.folder, 'modifie.pdf')
    writeFileSync(tampered, bytes)
    const refused = await cli('documents', 'verify', tampered)
    expect(refused.code).toBe(1)
    expect(plain(refused.err)).toContain(
      'Signature n° 1 de Claire Martin : invalide, le contenu signé a été modifié depuis la signature.'
    )
  })

  it('the partner signs the received PDF on their own installation; La Poste records the returned file', async () => {
    const reference = await prepared(true)
    const [sentPdf] = (await sign(reference, 'la-poste', join(cliDatabase.folder, 'envoi'))).out
      .trim()
      .split('\n')
    const returned = join(cliDatabase.folder, 'retour.pdf')
    const partnerDb = join(cliDatabase.folder, 'partenaire.sqlite')
    const signedThere = await runCliCaptured([
      '--db',
      partnerDb,
      'documents',
      'sign-pdf',
      sentPdf as string,
      '--p12',
      ca.partner.p12File,
      '--passphrase-env',
      'TEST_PARTNER_PASSPHRASE',
      '--place',
      'Pau',
      '--party-name',
      'Épicerie solidaire',
      '--out',
      returned
    ])
    expect(signedThere).toMatchObject({ code: 0, out: `${returned}\n` })
    const text = await pdfText(returned)
    expect(text).toContain('Signature n° 1 : présente dans le fichier reçu')
    expect(text).toContain('Signature n° 2 : pour le Partenaire (Épicerie solidaire)')

    const database = await openDatabase(cliDatabase.dbPath)
    try {
      const services = createAppServices({
        db: database.db,
        databasePath: cliDatabase.dbPath,
        version: 'test'
      })
      const { id } = await database.db
        .selectFrom('agreements')
        .select('id')
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow()
      await services.signatures.signing.recordPartnerPdf(
        { agreementId: id },
        'retour.pdf',
        readFileSync(returned)
      )
      expect((await services.agreements.get(id)).agreement.status).toBe('signed')
    } finally {
      await database.close()
    }
    const verified = await cli('documents', 'verify', returned)
    expect(verified.code).toBe(0)
    expect(plain(verified.out)).toContain('Signature n° 2 de Bernard Lafitte : valide')

    const tampered = readFileSync(sentPdf as string)
    const place = tampered.indexOf(Buffer.from('Lieu : Bordeaux').toString('hex').toUpperCase())
    tampered[place] = tampered[place] === 0x34 ? 0x35 : 0x34
    writeFileSync(join(cliDatabase.folder, 'abime.pdf'), tampered)
    const refused = await runCliCaptured([
      '--db',
      partnerDb,
      'documents',
      'sign-pdf',
      join(cliDatabase.folder, 'abime.pdf'),
      '--p12',
      ca.partner.p12File,
      '--passphrase-env',
      'TEST_PARTNER_PASSPHRASE',
      '--place',
      'Pau',
      '--out',
      join(cliDatabase.folder, 'x.pdf')
    ])
    expect(refused.code).toBe(1)
    expect(plain(refused.err)).toContain(
      'Ce PDF ne peut pas être signé : Signature n° 1 de Claire Martin : invalide'
    )
  })

  it('says plainly what is missing: the passphrase variable, the right passphrase, a PDF to sign', async () => {
    const reference = await prepared(false)
    const out = join(cliDatabase.folder, 'x')
    const noVariable = await cli(
      'documents',
      'sign',
      '--ref',
      reference,
      '--party',
      'la-poste',
      '--p12',
      ca.laPoste.p12File,
      '--passphrase-env',
      'TEST_UNDEFINED_VARIABLE',
      '--place',
      'Bordeaux',
      '--out',
      out
    )
    expect(noVariable.code).toBe(2)
    expect(noVariable.err).toContain('La variable d’environnement TEST_UNDEFINED_VARIABLE n’est pas définie.')
    process.env.TEST_WRONG_PASSPHRASE = 'pas la bonne'
    const wrong = await cli(
      'documents',
      'sign',
      '--ref',
      reference,
      '--party',
      'la-poste',
      '--p12',
      ca.laPoste.p12File,
      '--passphrase-env',
      'TEST_WRONG_PASSPHRASE',
      '--place',
      'Bordeaux',
      '--out',
      out
    )
    expect(wrong).toMatchObject({
      code: 1,
      err: expect.stringContaining('Phrase secrète incorrecte pour ce certificat.')
    })
    const noPdf = await sign(reference, 'la-poste', out)
    expect(noPdf.code).toBe(1)
    expect(noPdf.err).toContain('exportez-la en PDF depuis l’application')
    expect((await cli('documents', 'sign', '--ref', reference, '--party', 'témoin')).code).toBe(2)
  })
})
