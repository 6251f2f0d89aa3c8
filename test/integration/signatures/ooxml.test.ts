import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, Header, Packer, Paragraph } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPkcs12 } from '../../../src-main/services/signatures/certificates/pkcs12'
import { signDocx } from '../../../src-main/services/signatures/docx/ooxml-sign'
import { checkDocxSignatures } from '../../../src-main/services/signatures/docx/ooxml-verify'
import type { SigningKey } from '../../../src-main/services/signatures/signing-key'
import { checkWithApachePoi, type PoiVerdict } from '../../support/docx-signature-checker'
import { convertWithLibreOffice, pdfText } from '../../support/real-readers'
import { makeTempFolder } from '../../support/temp-database'
import { makeTestCa } from '../../support/test-ca'
import { zipBomb } from '../../support/zip-bomb'

/** The same package with one part rewritten (or added). */
function withPart(docx: Uint8Array, name: string, edit: (xml: string) => string): Buffer {
  const parts = unzipSync(docx)
  const before = parts[name] ? strFromU8(parts[name]) : ''
  const after = edit(before)
  if (after === before) throw new Error(`nothing changed in ${name}`)
  return Buffer.from(zipSync({ ...parts, [name]: strToU8(after) }))
}

describe('OOXML digital signature of a Word file', () => {
  let folder: string
  let laPoste: SigningKey
  let partner: SigningKey
  let unsigned: Buffer
  let signed: Buffer
  let twice: Buffer
  const files: Record<string, Buffer> = {}
  let poi: Record<string, PoiVerdict>

  beforeAll(async () => {
    folder = makeTempFolder('ooxml-')
    const ca = makeTestCa(folder)
    laPoste = openPkcs12(ca.laPoste.p12, ca.laPoste.passphrase)
    partner = openPkcs12(ca.partner.p12, ca.partner.passphrase)
    unsigned = await Packer.toBuffer(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph('AD-2026-33-0042')] }) },
            children: [new Paragraph('Fait à Bordeaux : rémunération de 1 500,00 € par mois.')]
          }
        ]
      })
    )
    const signedAt = new Date('2026-11-28T13:05:00Z')
    signed = signDocx({
      docx: unsigned,
      key: laPoste,
      signedAt,
      comments: 'Signature de la convention pour La Poste'
    })
    twice = signDocx({ docx: signed, key: partner, signedAt, comments: 'Signature pour le Partenaire' })
    Object.assign(files, {
      signed,
      twice,
      edited: withPart(signed, 'word/document.xml', (xml) => xml.replace('Bordeaux', 'Bordeaus')),
      'header-edited': withPart(signed, 'word/header1.xml', (xml) => xml.replace('AD-2026', 'AD-2027')),
      'properties-edited': withPart(signed, 'docProps/core.xml', (xml) =>
        xml.replace('</cp:coreProperties>', '<dc:subject>Relu</dc:subject></cp:coreProperties>')
      )
    })
    const paths = Object.keys(files).map((name) => {
      const path = join(folder, `${name}.docx`)
      writeFileSync(path, files[name] as Buffer)
      return path
    })
    const verdicts = await checkWithApachePoi(join(folder, 'java'), paths)
    poi = Object.fromEntries(Object.keys(files).map((name, index) => [name, verdicts[index] as PoiVerdict]))
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('is laid out as Word writes it: origin part, signature part, relationships and content types', () => {
    const parts = unzipSync(signed)
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        '_xmlsignatures/sig1.xml',
        '_xmlsignatures/origin.sigs',
        '_xmlsignatures/_rels/origin.sigs.rels'
      ])
    )
    expect(strFromU8(parts['_rels/.rels'] as Uint8Array)).toContain(
      'relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"'
    )
    expect(strFromU8(parts['_xmlsignatures/_rels/origin.sigs.rels'] as Uint8Array)).toContain(
      'digital-signature/signature" Target="sig1.xml"'
    )
    const types = strFromU8(parts['[Content_Types].xml'] as Uint8Array)
    expect(types).toContain(
      'Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"'
    )
    expect(types).toContain(
      'PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"'
    )
    const xml = strFromU8(parts['_xmlsignatures/sig1.xml'] as Uint8Array)
    expect(xml).toContain(
      'URI="/word/document.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
    )
    expect(xml).toContain(
      '<Transform Algorithm="http://schemas.openxmlformats.org/package/2006/RelationshipTransform">'
    )
    expect(xml).toContain('<SignatureComments>Signature de la convention pour La Poste</SignatureComments>')
  })

  it('Apache POI validates the signature, and both signatures of a twice-signed file', () => {
    expect(poi.signed).toEqual({
      verdict: 'ALL-VALID',
      signatures: 'valid:C=FR,O=La Poste,CN=Claire Martin;'
    })
    expect(poi.twice?.verdict).toBe('ALL-VALID')
    expect(poi.twice?.signatures).toContain('CN=Bernard Lafitte')
  })

  it('an edit of the text or of the header invalidates it, for Apache POI and for us', () => {
    expect(poi.edited?.verdict).toBe('INVALID')
    expect(poi['header-edited']?.verdict).toBe('INVALID')
    expect(checkDocxSignatures(files.edited as Buffer).map((check) => check.integrity)).toEqual(['altered'])
    expect(checkDocxSignatures(files['header-edited'] as Buffer).map((check) => check.integrity)).toEqual([
      'altered'
    ])
  })

  it('document properties stay outside the signature, as in Word', () => {
    expect(poi['properties-edited']?.verdict).toBe('ALL-VALID')
    expect(checkDocxSignatures(files['properties-edited'] as Buffer).map((check) => check.integrity)).toEqual(
      ['valid']
    )
  })

  it('our check names each signer and its time, in signing order', () => {
    const checks = checkDocxSignatures(twice)
    expect(
      checks.map((check) => [check.integrity, check.signer?.subject.match(/CN=(.*)/)?.[1], check.signingTime])
    ).toEqual([
      ['valid', 'Claire Martin', '2026-11-28T13:05:00.000Z'],
      ['valid', 'Bernard Lafitte', '2026-11-28T13:05:00.000Z']
    ])
    expect(checks[0]?.reason).toBe('Signature de la convention pour La Poste')
  })

  it('a relationship or a part slipped in after signing is caught, which the spec alone would let through', () => {
    const withLink = withPart(signed, 'word/_rels/document.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://exemple.test/modele.dotm" TargetMode="External"/></Relationships>'
      )
    )
    expect(checkDocxSignatures(withLink).map((check) => check.integrity)).toEqual(['unsigned-part'])
    const withPartAdded = withPart(signed, 'word/extra.xml', () => '<x/>')
    expect(checkDocxSignatures(withPartAdded).map((check) => check.integrity)).toEqual(['unsigned-part'])
  })

  it('a Word file without signature has none, and a non-package has none either', () => {
    expect(checkDocxSignatures(unsigned)).toEqual([])
    expect(checkDocxSignatures(Buffer.from('pas un zip'))).toEqual([])
  })

  it('a zip bomb is refused before it is inflated', () => {
    const bomb = zipBomb({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/zeros.bin': new Uint8Array(150 * 1024 * 1024)
    })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const declared: Record<string, number> = {}
    unzipSync(bomb, { filter: (file) => ((declared[file.name] = file.originalSize), false) })
    expect(declared['word/zeros.bin']).toBe(150 * 1024 * 1024)
    const started = Date.now()
    expect(checkDocxSignatures(bomb)).toEqual([])
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('LibreOffice opens the signed file and reads its text', async () => {
    const out = join(folder, 'lo')
    const [pdf] = await convertWithLibreOffice([join(folder, 'twice.docx')], out)
    expect(await pdfText(pdf as string)).toContain('rémunération de 1 500,00 € par mois')
  }, 120_000)
})
