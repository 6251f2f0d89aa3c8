import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Converts DOCX files to PDF with LibreOffice in one batch (one start-up), with a private profile so that
 * concurrent runs never clash on LibreOffice's lock. Answers the PDF paths, in the order of the inputs.
 */
export async function convertWithLibreOffice(
  docxFiles: readonly string[],
  outDir: string
): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxFiles
      ],
      { timeout: 180_000 }
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const produced = new Set(readdirSync(outDir))
  return docxFiles.map((file) => {
    const pdf = basename(file).replace(/\.docx$/, '.pdf')
    if (!produced.has(pdf)) throw new Error(`LibreOffice n'a pas converti ${file}`)
    return join(outDir, pdf)
  })
}

/** The text of a PDF as pdftotext reads it, with non-breaking spaces shown as spaces. */
export async function pdfText(pdfFile: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])
  return stdout.replace(/[\u00a0\u202f]/g, ' ')
}

export async function pdfPageCount(pdfFile: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfFile])
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])
}

/** « Article 3 — Engagements du Partenaire » headings, in order. */
export function articleHeadings(text: string): string[] {
  return [...text.matchAll(/^\f?(Article \d+ — .+)$/gm)].map((match) => (match[1] as string).trim())
}
