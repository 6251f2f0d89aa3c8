import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const JARS = [
  'poi',
  'poi-ooxml',
  'poi-ooxml-schemas',
  'xmlbeans',
  'commons-collections4',
  'commons-compress',
  'commons-codec',
  'commons-math3',
  'xmlsec',
  'commons-logging',
  'bcprov',
  'bcpkix',
  'curvesapi',
  'slf4j-api',
  'slf4j-nop'
]
const SOURCE = join(import.meta.dirname, '../integration/signatures/java/DocxSignatureCheck.java')

/** Apache POI's verdict per file: « ALL-VALID », « INVALID » or « UNSIGNED », with each signer's name. */
export interface PoiVerdict {
  verdict: 'ALL-VALID' | 'INVALID' | 'UNSIGNED'
  signatures: string
}

/**
 * Compiles the tiny Java checker against Debian's Apache POI (libapache-poi-java) into `folder`, then checks every
 * file in one JVM run.
 */
export async function checkWithApachePoi(folder: string, files: readonly string[]): Promise<PoiVerdict[]> {
  const classpath = [folder, ...JARS.map((jar) => `/usr/share/java/${jar}.jar`)].join(':')
  if (!existsSync(join(folder, 'DocxSignatureCheck.class'))) {
    mkdirSync(folder, { recursive: true })
    execFileSync('javac', ['-d', folder, '-cp', classpath, SOURCE])
  }
  const { stdout } = await run('java', ['-cp', classpath, 'DocxSignatureCheck', ...files], {
    timeout: 120_000
  })
  const lines = stdout.trim().split('\n')
  return files.map((file) => {
    const [, signatures = '', verdict = 'INVALID'] = (
      lines.find((line) => line.startsWith(`${file}\t`)) ?? ''
    ).split('\t')
    return { verdict: verdict as PoiVerdict['verdict'], signatures }
  })
}
