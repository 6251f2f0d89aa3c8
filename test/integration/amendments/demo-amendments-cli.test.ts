import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useCliDatabase } from '../../support/cli'

const documentXml = (path: string) =>
  strFromU8(unzipSync(readFileSync(path))['word/document.xml'] as Uint8Array).replace(/[\u00a0\u202f]/g, ' ')

describe('demo amendments and documents generate --all', () => {
  const cliDatabase = useCliDatabase()
  const { cli } = cliDatabase

  it('prolongs the demo Relais Poste by a signed amendment, drafts a raise, and writes both with their consolidated versions', async () => {
    expect((await cli('demo')).out).toContain('2 avenant(s) d')
    expect((await cli('demo')).out).toContain('0 avenant(s) d')
    const listed = JSON.parse((await cli('agreements', 'list', '--json')).out) as Array<{
      reference: string
      title: string
      startDate: string
      endDate: string
    }>
    const relais = listed.find((row) => row.title === 'Relais Poste ESS de Sauveterre-de-Béarn')
    expect(relais).toBeDefined()
    const { reference, startDate, endDate } = relais as NonNullable<typeof relais>
    // Thirty-six months prolonged by twelve: the register shows the end of the fourth year.
    const start = new Date(`${startDate}T00:00:00Z`)
    const fourYears = new Date(
      Date.UTC(start.getUTCFullYear() + 4, start.getUTCMonth(), start.getUTCDate() - 1)
    )
    expect(endDate).toBe(fourYears.toISOString().slice(0, 10))

    const out = join(cliDatabase.folder, 'sortie')
    const generated = await cli('documents', 'generate', '--all', '--out', out)
    expect(generated.code).toBe(0)
    const paths = generated.out.trim().split('\n')
    const signedAmendment = paths.find((path) => path.includes(`${reference}-A1-`))
    const draftAmendment = paths.find((path) => path.includes(`${reference}-A2-`))
    expect(paths).toContain(join(out, `${reference}-consolidee-A1.docx`))
    expect(paths).toContain(join(out, `${reference}-consolidee-A2.docx`))
    expect(documentXml(signedAmendment as string)).toContain('est prolongée jusqu’au')
    expect(documentXml(signedAmendment as string)).toContain('Signé à')
    const draft = documentXml(draftAmendment as string)
    expect(draft).toContain('quatre cent quatre-vingts euros hors taxes (480,00 € HT)')
    expect(draft).toContain('Elle a été modifiée par l’avenant n° 1 signé le')
    expect(documentXml(join(out, `${reference}-consolidee-A2.docx`))).toMatch(
      /<w:ins [^>]*w:author="Avenant n° 2"/
    )
  }, 240_000)
})
