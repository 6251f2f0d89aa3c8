import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DOWNLOAD_FAILED_MESSAGE, ensureElectron } from '../../../scripts/ensure-electron.mjs'

const ROOT = resolve(__dirname, '../../..')
const SCRIPT = join(ROOT, 'scripts/ensure-electron.mjs')
const run = promisify(execFile)

describe('npm start and npm run dev make sure of the Electron binary first', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ensure-electron-'))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('both scripts run the check before electron-vite, and stop when it fails', async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(scripts['start']).toBe('node scripts/ensure-electron.mjs && electron-vite preview')
    expect(scripts['dev']).toBe('node scripts/ensure-electron.mjs && electron-vite dev')
  })

  it('says in French what to do when the download is impossible, and exits 1 (real installer, offline)', async () => {
    const failure = await run(process.execPath, [SCRIPT], {
      env: {
        ...process.env,
        // A closed port stands for no network: the installer's download fails at once.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: folder,
        ELECTRON_OVERRIDE_DIST_PATH: join(folder, 'absent')
      }
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('n’a pas pu être téléchargé')
    expect(failure?.stderr).toContain('HTTPS_PROXY')
    expect(failure?.stderr).toContain('ELECTRON_MIRROR')
  })

  it('answers at once when the installer finds the binary, and passes its failure on with the explanation', async () => {
    const present = join(folder, 'present.js')
    const missing = join(folder, 'missing.js')
    await writeFile(present, 'process.exit(0)\n')
    await writeFile(
      missing,
      'console.error("RequestError: getaddrinfo ENOTFOUND github.com"); process.exit(1)\n'
    )
    const logged: string[] = []
    const log = (text: string) => logged.push(text)

    await expect(ensureElectron({ installer: present, log })).resolves.toBe(true)
    expect(logged).toEqual([])

    await expect(ensureElectron({ installer: missing, log })).resolves.toBe(false)
    expect(logged.join('')).toContain(DOWNLOAD_FAILED_MESSAGE)
    expect(logged.join('')).toContain('ENOTFOUND github.com')
  })
})
