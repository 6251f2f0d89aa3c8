import { build } from 'esbuild'
import { basename, join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '../../../..')

/**
 * Bundles a child-process script into one CommonJS file, so each of the hundreds of trial processes starts in
 * plain Node in about a tenth of a second (tsx would compile it again in every process). sqlite3 stays external:
 * it is a native module, found through NODE_PATH.
 */
export async function prebuildChild(
  entry: string,
  outFolder: string
): Promise<{ file: string; env: NodeJS.ProcessEnv }> {
  const file = join(outFolder, `${basename(entry, '.ts')}.cjs`)
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['sqlite3', '@etalab/decoupage-administratif', 'exceljs'],
    minify: true,
    logLevel: 'error'
  })
  return { file, env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') } }
}
