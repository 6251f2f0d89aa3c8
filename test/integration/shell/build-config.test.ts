import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)

interface BuilderConfig {
  asar?: boolean
  electronFuses?: Record<string, boolean>
  fileAssociations?: unknown
  win?: { signtoolOptions?: { signingHashAlgorithms?: string[] } }
  nsis?: { include?: string }
  mac?: {
    hardenedRuntime?: boolean
    notarize?: boolean
    entitlements?: string
    entitlementsInherit?: string
    fileAssociations?: Array<{ ext: string; rank?: string }>
  }
  linux?: { mimeTypes?: string[] }
}

/** electron-builder's own loader and schema validation, as `npm run dist` reads the file. */
async function loadBuilderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig: (projectDir: string, configPath: string | null, options: null) => Promise<BuilderConfig>
    validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>
  }
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
  const config = await getConfig(REPO, join(REPO, 'electron-builder.yml'), null)
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

describe('the installers’ build configuration', () => {
  it('is valid for electron-builder 26 and flips every hardening fuse', async () => {
    const config = await loadBuilderConfig()
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false
    })
  })

  it('signs with SHA-256 on Windows, and uses the hardened runtime with notarisation and minimal entitlements on macOS', async () => {
    const config = await loadBuilderConfig()
    expect(config.win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256'])
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true })
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      const entitlements = readFileSync(join(REPO, file ?? ''), 'utf8')
      expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
        'com.apple.security.cs.allow-jit'
      ])
    }
  })

  it('offers the app in « Ouvrir avec » for .zip bundles on every system, without becoming their default program', async () => {
    const config = await loadBuilderConfig()
    // A top-level association would make the app the default for every .zip on Windows.
    expect(config.fileAssociations).toBeUndefined()
    expect(config.mac?.fileAssociations).toEqual([expect.objectContaining({ ext: 'zip', rank: 'Alternate' })])
    expect(config.linux?.mimeTypes).toEqual(['application/zip'])
    const include = join(REPO, config.nsis?.include ?? 'resources/installer.nsh')
    expect(existsSync(include)).toBe(true)
    const script = readFileSync(include, 'utf8')
    expect(script).toContain('Software\\Classes\\.zip\\OpenWithProgids')
    expect(script).not.toMatch(/Software\\Classes\\\.zip" ""/)
    expect(script).toContain('"$INSTDIR\\${APP_EXECUTABLE_FILENAME}" "%1"')
    expect(script).toMatch(
      /customUnInstall[\s\S]*DeleteRegValue SHELL_CONTEXT "Software\\Classes\\\.zip\\OpenWithProgids"/
    )
  })
})
