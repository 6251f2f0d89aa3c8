import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readyAgreement, signBoth } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { configureLaPoste } from './la-poste-settings'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
  await configureLaPoste(database.services)
})
afterEach(() => database.dispose())

function parts(fileName: string): Record<string, string> {
  const zip = unzipSync(readFileSync(join(database.services.documents.folder, fileName)))
  return Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]))
}

describe('the Word file is Word-native', () => {
  it('numbers articles by a multilevel list, refers to them by REF fields, and keeps introductions with what follows', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const xml = parts((await services.documents.generate({ agreementId: agreement.id })).fileName)
    expect(xml['word/numbering.xml']).toContain('w:val="Article %1"')
    expect(xml['word/numbering.xml']).toContain('w:val="%1.%2"')
    expect(xml['word/document.xml']).not.toMatch(/<w:t[^>]*>Article \d/)
    expect(xml['word/document.xml']).toMatch(/<w:bookmarkStart [^>]*w:name="art_notices"/)
    expect(xml['word/document.xml']).toMatch(/w:instr="REF art_notices \\n \\h \\\* Lower"/)
    // « La Poste s’engage à : » stays on the page of its list.
    expect(xml['word/document.xml']).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>).)*La Poste s’engage à/s)
  })

  it('says fr-FR, hyphenates, uses fonts Windows and macOS have, caches page fields and names the coordinator', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'patronage')
    const xml = parts((await services.documents.generate({ agreementId: agreement.id })).fileName)
    expect(xml['word/styles.xml']).toContain('w:val="fr-FR"')
    expect(xml['word/settings.xml']).toContain('<w:autoHyphenation')
    const allXml = Object.values(xml).join('\n')
    expect(allXml).toContain('Times New Roman')
    expect(allXml).not.toContain('Liberation')
    const footer = Object.entries(xml).find(([name]) => name.startsWith('word/footer'))?.[1] ?? ''
    expect(footer).toMatch(/w:instr="PAGE"[^>]*>.*?<w:t[^>]*>1<\/w:t>/s)
    expect(footer).toMatch(/w:instr="NUMPAGES"[^>]*>.*?<w:t[^>]*>[1-9]\d*<\/w:t>/s)
    expect(xml['docProps/core.xml']).toContain('<dc:creator>Claire Martin</dc:creator>')
    expect(xml['docProps/core.xml']).toContain('<cp:lastModifiedBy>Claire Martin</cp:lastModifiedBy>')
  })

  it('marks a draft « PROJET » and opens a signed version read-only', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const forSignature = await services.documents.generate({ agreementId: agreement.id })
    const forSignatureXml = Object.values(parts(forSignature.fileName)).join('\n')
    expect(forSignatureXml).not.toContain('PROJET')
    const signed = parts((await signBoth(services, forSignature.id)).fileName)
    expect(signed['word/settings.xml']).toMatch(/<w:documentProtection [^>]*w:edit="readOnly"/)
    const draft = await readyAgreement(services, 'social-innovation')
    await services.agreements.transition({ id: draft.id, to: 'draft' })
    const draftXml = parts((await services.documents.generate({ agreementId: draft.id })).fileName)
    const header = Object.entries(draftXml).find(([name]) => name.startsWith('word/header'))?.[1] ?? ''
    expect(header).toContain('PROJET')
  })
})

describe('La Poste in Settings', () => {
  it('keeps the fields a caller leaves out (the API stays additive), and prints them in the parties block', async () => {
    const { services } = database
    const saved = await services.settings.update({
      laPosteParty: {
        legalName: 'La Poste',
        address: '9 rue du Colonel Pierre Avia, 75015 Paris',
        registration: '',
        regionalDirection: 'Direction régionale Occitanie',
        defaultSignatoryName: 'Jean Dupont',
        defaultSignatoryTitle: 'directeur régional'
      }
    })
    expect(saved.laPosteParty).toMatchObject({
      shareCapitalEuros: '5 620 325 816',
      regionalDirectionCity: 'Bordeaux',
      delegationDate: '2026-03-02',
      regionalDirection: 'Direction régionale Occitanie'
    })
    const agreement = await readyAgreement(services, 'patronage')
    const html = (await services.documents.preview({ agreementId: agreement.id })).replace(
      /[\u00a0\u202f]/g,
      ' '
    )
    expect(html).toContain('société anonyme au capital de 5 620 325 816 €')
    expect(html).toContain('agissant par sa Direction régionale Occitanie')
    expect(html).not.toMatch(/direction régionale Direction régionale/i)
    expect(html).toContain('dûment habilité(e) en vertu d’une délégation de pouvoirs du 2 mars 2026')
  })
})
