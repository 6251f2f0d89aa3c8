/**
 * Security audit run by `npm test` after the build: electronegativity over the main-process sources and the built
 * renderer page (whose Content-Security-Policy is injected at build time). The tool always exits 0, so this script
 * reads its CSV: any HIGH or MEDIUM finding fails the run. A MEDIUM that is accepted must be disabled in the code,
 * on its line, with an `eng-disable` comment and the reason written next to it.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '../..')
const BUILT_PAGE = join(REPO, 'out/renderer/index.html')

interface Finding {
  issue: string
  severity: string
  file: string
  location: string
}

/** The tool's CSV: one header line, then fields that may be quoted and contain commas. */
function parseCsv(text: string): Finding[] {
  const [, ...lines] = text.split('\n').filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const fields = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((match) =>
      (match[1] ?? '').replace(/^"|"$/g, '')
    )
    return {
      issue: fields[0] ?? '',
      severity: fields[1] ?? '',
      file: fields[3] ?? '',
      location: fields[4] ?? ''
    }
  })
}

function main(): number {
  if (!existsSync(BUILT_PAGE)) {
    console.error(`Security audit: ${BUILT_PAGE} is missing; run \`npm run build\` first.`)
    return 1
  }
  const stage = mkdtempSync(join(tmpdir(), 'alliance-audit-'))
  try {
    cpSync(join(REPO, 'src-main'), join(stage, 'src-main'), { recursive: true })
    cpSync(BUILT_PAGE, join(stage, 'renderer/index.html'))
    const electronVersion = (
      JSON.parse(readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string
      }
    ).version
    const report = join(stage, 'report.csv')
    execFileSync(
      join(REPO, 'node_modules/.bin/electronegativity'),
      ['-i', stage, '-e', electronVersion, '-r', '-o', report],
      { cwd: stage, stdio: ['ignore', 'ignore', 'ignore'], timeout: 120_000 }
    )
    if (!existsSync(report)) {
      console.error('Security audit: electronegativity wrote no report.')
      return 1
    }
    const findings = parseCsv(readFileSync(report, 'utf8'))
    const bySeverity = (severity: string) => findings.filter((finding) => finding.severity === severity)
    const blocking = [...bySeverity('HIGH'), ...bySeverity('MEDIUM')]
    const others = findings.length - blocking.length
    console.log(
      `electronegativity (Electron ${electronVersion}): ${bySeverity('HIGH').length} HIGH, ${bySeverity('MEDIUM').length} MEDIUM, ` +
        `${others} LOW/INFORMATIONAL`
    )
    for (const finding of findings)
      console.log(`  ${finding.severity} ${finding.issue} ${finding.file}:${finding.location}`)
    return blocking.length === 0 ? 0 : 1
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

process.exitCode = main()
