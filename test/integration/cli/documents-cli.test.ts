import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useCliDatabase } from '../../support/cli'

describe('CLI: documents generate and verify', () => {
  const cliDatabase = useCliDatabase()
  const { cli } = cliDatabase

  it('writes every demo convention, signed ones with sample signatures, and verifies them by fingerprint', async () => {
    expect((await cli('demo')).code).toBe(0)
    const out = join(cliDatabase.folder, 'sortie')
    const generated = await cli('documents', 'generate', '--all', '--out', out, '--signed')
    expect(generated.code).toBe(0)
    const paths = generated.out.trim().split('\n')
    expect(paths.length).toBeGreaterThanOrEqual(4)
    expect(paths.every((path) => path.startsWith(out) && path.endsWith('.docx'))).toBe(true)
    const signedPath = paths.find((path) => path.endsWith('-signed.docx'))
    expect(signedPath).toBeDefined()
    expect(
      strFromU8(unzipSync(readFileSync(signedPath as string))['word/document.xml'] as Uint8Array)
    ).toContain('Certificat de signature')

    const verified = await cli('documents', 'verify', signedPath as string)
    expect(verified).toMatchObject({ code: 0 })
    expect(verified.out).toContain('Émis par l’application et intact')

    const parts = unzipSync(readFileSync(signedPath as string))
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array)
    const tampered = join(cliDatabase.folder, 'modifie.docx')
    writeFileSync(
      tampered,
      zipSync({ ...parts, 'word/document.xml': strToU8(xml.replace('Force majeure', 'Force mineure')) })
    )
    const refused = await cli('documents', 'verify', tampered)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('Modifié')

    const stranger = join(cliDatabase.folder, 'autre.pdf')
    writeFileSync(stranger, '%PDF-1.7 inconnu')
    expect(await cli('documents', 'verify', stranger)).toMatchObject({
      code: 1,
      err: expect.stringContaining('Inconnu')
    })
  })

  it('writes one convention by reference and says when the reference is unknown', async () => {
    await cli('demo')
    const listed = await cli('agreements', 'list', '--json')
    const reference = (JSON.parse(listed.out) as Array<{ reference: string }>)[0]?.reference as string
    const one = await cli(
      'documents',
      'generate',
      '--ref',
      reference,
      '--out',
      join(cliDatabase.folder, 'une')
    )
    expect(one.code).toBe(0)
    expect(one.out.trim().split('\n')).toHaveLength(1)
    expect(
      await cli('documents', 'generate', '--ref', 'AD-2000-01-0001', '--out', cliDatabase.folder)
    ).toMatchObject({
      code: 1
    })
    expect((await cli('documents', 'generate', '--out', cliDatabase.folder)).code).toBe(2)
  })
})
