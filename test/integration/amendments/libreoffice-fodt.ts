import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Opens DOCX files in LibreOffice and saves them as flat ODF text (one start-up); answers each file's XML. */
export async function asFlatOdt(docxFiles: readonly string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'fodt',
        '--outdir',
        outDir,
        ...docxFiles
      ],
      { timeout: 180_000 }
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return docxFiles.map((file) =>
    readFileSync(join(outDir, basename(file).replace(/\.docx$/, '.fodt')), 'utf8')
  )
}

function decode(xml: string): string {
  return xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count: string | undefined) =>
      ' '.repeat(Number(count ?? 1))
    )
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

function bodyOf(fodt: string): string {
  return (/<office:text[^>]*>([\s\S]*?)<\/office:text>/.exec(fodt)?.[1] ?? '').replace(
    /<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/,
    ''
  )
}

function changedRange(id: string): RegExp {
  return new RegExp(
    `<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`
  )
}

/**
 * The changes LibreOffice lists (Edit › Track Changes › Manage): kind, author and the text marked, which LibreOffice
 * keeps in the body between the change's start and end marks.
 */
export function trackedChanges(
  fodt: string
): Array<{ id: string; kind: 'insertion' | 'deletion'; author: string; text: string }> {
  const section = /<text:tracked-changes[^>]*>([\s\S]*?)<\/text:tracked-changes>/.exec(fodt)?.[1] ?? ''
  const body = bodyOf(fodt)
  return [
    ...section.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)
  ].map(([, id = '', region = '']) => ({
    id,
    kind: region.includes('<text:insertion') ? 'insertion' : 'deletion',
    author: decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(region)?.[1] ?? ''),
    text: decode(changedRange(id).exec(body)?.[1] ?? '')
  }))
}

/** The body as a reader sees it with every change accepted: deleted ranges removed, empty paragraphs dropped. */
export function acceptedParagraphs(fodt: string): string[] {
  let body = bodyOf(fodt)
  for (const change of trackedChanges(fodt))
    if (change.kind === 'deletion') body = body.replace(changedRange(change.id), '')
  return [...body.matchAll(/<text:(?:p|h)\b[^>]*>([\s\S]*?)<\/text:(?:p|h)>/g)]
    .map((match) => decode(match[1] ?? '').trim())
    .filter((text) => text !== '')
}
