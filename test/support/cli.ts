import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { runCli } from '../../src-main/cli/run-cli'
import { makeTempFolder } from './temp-database'

export interface CliRun {
  code: number
  /** Everything printed, one line per message. */
  out: string
  err: string
}

/** Runs the CLI in-process with these arguments, as `npm run cli -- ARGS` would, capturing both outputs. */
export async function runCliCaptured(argv: readonly string[]): Promise<CliRun> {
  const run: CliRun = { code: 0, out: '', err: '' }
  run.code = await runCli([...argv], {
    out: (text) => (run.out += `${text}\n`),
    err: (text) => (run.err += `${text}\n`)
  })
  return run
}

/** Per test: a temp folder with a database path in it, and `cli(...)` run against that database. */
export function useCliDatabase() {
  let folder = ''
  beforeEach(() => {
    folder = makeTempFolder()
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))
  const context = {
    get folder() {
      return folder
    },
    get dbPath() {
      return join(folder, 'cli.sqlite')
    },
    cli: (...args: string[]) => runCliCaptured(['--db', context.dbPath, ...args])
  }
  return context
}
