import { execFile } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDF, StandardFonts } from '@libpdf/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, AuditTrail } from '../../../src-main/shared/signatures/audit-trail'
import { openPkcs12 } from '../../../src-main/services/signatures/certificates/pkcs12'
import { signPdfWithAuditTrail } from '../../../src-main/services/signatures/pdf/pades-sign'
import { checkPdfSignatures } from '../../../src-main/services/signatures/pdf/pdf-signatures'
import type { SigningKey } from '../../../src-main/services/signatures/signing-key'
import { makeTempFolder } from '../../support/temp-database'
import { makeTestCa, nssDatabaseTrusting, type TestCa } from '../../support/test-ca'
import { pdfText } from '../../support/real-readers'

const run = promisify(execFile)

/** pdfsig's verdict per signature, against the NSS database holding the test CA. */
async function pdfsig(file: string, nss: string): Promise<string[]> {
  const { stdout } = await run('pdfsig', ['-nssdir', nss, file]).catch((error: { stdout: string }) => error)
  return stdout.split(/^Signature #\d+:$/m).slice(1)
}

function entry(key: SigningKey, party: AuditEntry['party'], place: string): AuditEntry {
  return {
    party,
    partyName: party === 'la-poste' ? 'La Poste' : 'Épicerie solidaire',
    signerName: key.certificate.subject.match(/CN=(.*)/)?.[1] ?? '',
    signerTitle: party === 'la-poste' ? 'Directrice régionale' : 'Président',
    signedAt: '2026-11-28T13:05:00.000Z',
    place,
    identification:
      'certificat personnel du signataire (fichier PKCS#12), émis par Autorité de test Alliance',
    certificateSubject: key.certificate.subject.replace(/\n/g, ', '),
    certificateFingerprint: key.certificate.fingerprint256,
    level: 'advanced'
  }
}

describe('PAdES signatures with an audit trail', () => {
  let folder: string
  let ca: TestCa
  let nss: string
  let laPoste: SigningKey
  let partner: SigningKey
  let unsigned: Uint8Array
  let once: Uint8Array
  let twice: Uint8Array
  const trail = (entries: AuditEntry[]): AuditTrail => ({
    documentTitle: 'Convention AD-2026-33-0042',
    version: 3,
    documentSha256: 'a'.repeat(64),
    entries
  })

  beforeAll(async () => {
    folder = makeTempFolder('pades-')
    ca = makeTestCa(folder)
    nss = nssDatabaseTrusting(ca)
    laPoste = openPkcs12(ca.laPoste.p12, ca.laPoste.passphrase)
    partner = openPkcs12(ca.partner.p12, ca.partner.passphrase)
    const doc = PDF.create()
    doc.addPage({ size: 'a4' }).drawText('Convention AD-2026-33-0042 : rémunération 1 500,00 € par mois', {
      x: 56,
      y: 760,
      size: 11,
      font: StandardFonts.Helvetica
    })
    unsigned = await doc.save()
    const laPosteEntry = entry(laPoste, 'la-poste', 'Bordeaux')
    once = await signPdfWithAuditTrail({
      pdf: unsigned,
      key: laPoste,
      trail: trail([laPosteEntry]),
      fieldName: 'Signature La Poste',
      reason: 'Signature de la convention pour La Poste',
      place: 'Bordeaux',
      signedAt: new Date('2026-11-28T13:05:00Z')
    })
    twice = await signPdfWithAuditTrail({
      pdf: once,
      key: partner,
      trail: trail([laPosteEntry, entry(partner, 'partner', 'Pau')]),
      fieldName: 'Signature Partenaire',
      reason: 'Signature de la convention pour le Partenaire',
      place: 'Pau',
      signedAt: new Date('2026-11-29T09:00:00Z')
    })
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('pdfsig validates both signatures of the twice-signed PDF against the test CA', async () => {
    const file = join(folder, 'twice.pdf')
    writeFileSync(file, twice)
    const [first, second] = await pdfsig(file, nss)
    expect(first).toContain('Signer Certificate Common Name: Claire Martin')
    expect(first).toContain('Signature Validation: Signature is Valid.')
    expect(first).toContain('Certificate Validation: Certificate is Trusted.')
    expect(first).toContain('Not total document signed')
    expect(second).toContain('Signer Certificate Common Name: Bernard Lafitte')
    expect(second).toContain('Signature Validation: Signature is Valid.')
    expect(second).toContain('Certificate Validation: Certificate is Trusted.')
    expect(second).toContain('Total document signed')
    expect(second).toContain('Signature Type: ETSI.CAdES.detached')
  })

  it('our own check finds the same two valid signatures, in signing order, with place and signer', async () => {
    const checks = await checkPdfSignatures(twice)
    expect(
      checks.map((check) => [check.integrity, check.signer?.subject.match(/CN=(.*)/)?.[1], check.place])
    ).toEqual([
      ['valid', 'Claire Martin', 'Bordeaux'],
      ['valid', 'Bernard Lafitte', 'Pau']
    ])
    expect(
      checks[0]?.certificates.some(
        (certificate) => certificate.fingerprint256 === new X509Certificate(ca.caPem).fingerprint256
      )
    ).toBe(true)
  })

  it('each signature adds an audit trail page naming every signer so far', async () => {
    const file = join(folder, 'trail.pdf')
    writeFileSync(file, twice)
    const text = await pdfText(file)
    const pages = text.split('\f')
    expect(pages.filter((page) => page.includes('Journal de signature électronique'))).toHaveLength(2)
    const last = pages.filter((page) => page.includes('Journal de signature électronique')).at(-1) as string
    expect(last).toContain('Signature n° 1 : pour La Poste\n')
    expect(last).toContain('Signature n° 2 : pour le Partenaire (Épicerie solidaire)')
    expect(last).toContain('Lieu : Pau')
    expect(last).toContain(partner.certificate.fingerprint256.slice(0, 20))
    expect(last).toContain('Empreinte SHA-256 du document émis pour signature')
    expect(last).toContain('a'.repeat(64))
  })

  it('one changed byte in the signed content makes the signature invalid, for pdfsig and for us', async () => {
    const tampered = Buffer.from(once)
    const at = tampered.indexOf('1 500,00')
    const hex = Buffer.from('1 500,00').toString('hex').toUpperCase()
    const hexAt = at >= 0 ? at : tampered.indexOf(hex)
    expect(hexAt).toBeGreaterThan(0)
    tampered[hexAt] = tampered[hexAt] === 0x33 ? 0x34 : 0x33
    const file = join(folder, 'tampered.pdf')
    writeFileSync(file, tampered)
    const [verdict] = await pdfsig(file, nss)
    expect(verdict).not.toContain('Signature is Valid.')
    expect((await checkPdfSignatures(tampered))[0]?.integrity).toBe('altered')
  })

  it('the audit trail page is covered: editing its place in the file breaks the signature', async () => {
    const tampered = Buffer.from(once)
    const place = Buffer.from('Lieu : Bordeaux').toString('hex').toUpperCase()
    const at = tampered.indexOf(place)
    expect(at).toBeGreaterThan(0)
    tampered.write(Buffer.from('Lieu : Bordeauy').toString('hex').toUpperCase(), at, 'latin1')
    const file = join(folder, 'trail-edited.pdf')
    writeFileSync(file, tampered)
    const [verdict] = await pdfsig(file, nss)
    expect(verdict).not.toContain('Signature is Valid.')
    expect((await checkPdfSignatures(tampered))[0]?.integrity).toBe('altered')
  })

  it('a page rewritten in a later incremental update is reported as changed after signing', async () => {
    const pdf = await PDF.load(once)
    pdf
      .getPages()[0]
      ?.drawText('Avenant caché : 15 000,00 €', { x: 56, y: 700, size: 11, font: StandardFonts.Helvetica })
    const appended = await pdf.save({ incremental: true })
    expect((await checkPdfSignatures(appended))[0]?.integrity).toBe('changed-after-signing')
  })

  it('a PDF without signatures has none to report', async () => {
    expect(await checkPdfSignatures(unsigned)).toEqual([])
  })
})
