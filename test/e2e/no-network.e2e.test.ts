import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * What the app could reach over the network, read from what it ships (after `npm run build`): every http(s), ws
 * or ftp URL in the built main, preload and renderer files must be on the list below, each with why it is inert;
 * and no network module (http, https, net, tls, dgram, http2, dns) is required by the main process or by any
 * package it loads at run time. The Chromium runs (shell-offline-and-csp.e2e.test.ts) record what the page asks.
 */

const REPO = resolve(import.meta.dirname, '../..')
const OUT = join(REPO, 'out')

/** Each URL found in the build, and why it never becomes a request. */
const INERT_URLS: Record<string, string> = {
  'http://www.w3.org/1999/xlink': 'React DOM: an XML namespace name, compared as a string',
  'http://www.w3.org/2000/svg': 'React DOM: the SVG namespace name',
  'http://www.w3.org/XML/1998/namespace': 'React DOM: the XML namespace name',
  'http://www.w3.org/1998/Math/MathML': 'React DOM: the MathML namespace name',
  'https://react.dev/errors/': 'React: the text of a production error message',
  'https://reactrouter.com/en/main/routers/picking-a-router.': 'React Router: the text of a warning',
  'https://github.com/ungap/url-search-params.': 'React Router: the text of an error for Internet Explorer',
  'http://localhost': 'React Router: a base for parsing relative URLs with new URL(), never fetched',
  'http://[${e}]': 'zod: an IPv6 literal built to validate a string with new URL(), never fetched',
  'https://json-schema.org/draft/2020-12/schema': 'zod: the $schema identifier of a generated JSON schema',
  'http://json-schema.org/draft-07/schema#': 'zod: a $schema identifier',
  'http://json-schema.org/draft-04/schema#': 'zod: a $schema identifier',
  'https://…': 'a comment of the French typography rules (main)',
  'https://redux.js.org/Errors?code=${e}': 'Redux (inside recharts): the text of a production error message',
  'https://redux-toolkit.js.org/Errors?code=${e}':
    'Redux Toolkit (inside recharts): the text of a production error message',
  'https://bit.ly/3cXEKWf': 'Immer (inside recharts): the text of a minified error message',
  'http://schemas.microsoft.com/office/2006/digsig':
    'Word signatures: the Office signature details namespace, written and compared as a string',
  'http://schemas.openxmlformats.org/package/2006/RelationshipTransform':
    'Word signatures: the relationships transform algorithm identifier',
  'http://schemas.openxmlformats.org/package/2006/content-types':
    'Word signatures: the [Content_Types].xml namespace',
  'http://schemas.openxmlformats.org/package/2006/digital-signature':
    'Word signatures: the package signature namespace',
  'http://schemas.openxmlformats.org/package/2006/relationships':
    'Word signatures: the package relationships namespace',
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin':
    'Word signatures: the origin relationship type',
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature':
    'Word signatures: the signature relationship type',
  'http://schemas.openxmlformats.org/drawingml/2006/main':
    'Word documents: the DrawingML namespace of a signature image, written as a string',
  'http://schemas.openxmlformats.org/drawingml/2006/picture':
    'Word documents: the DrawingML picture namespace, written as a string',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships':
    'Word documents: the relationships namespace of the document parts',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties':
    'Word documents: the core properties namespace (title, author)',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties':
    'Word documents: the custom properties namespace (the document id)',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes':
    'Word documents: the property value types namespace',
  'http://purl.org/dc/elements/1.1/': 'Word documents: the Dublin Core namespace of the core properties',
  'http://purl.org/dc/terms/': 'Word documents: the Dublin Core terms namespace of the core properties',
  'http://purl.org/dc/dcmitype/': 'Word documents: the Dublin Core types namespace of the core properties',
  'http://www.w3.org/2001/XMLSchema-instance': 'Word documents: the XML Schema instance namespace (xsi:type)',
  'http://uri.etsi.org/01903#SignedProperties': 'Word signatures: the XAdES signed properties reference type',
  'http://uri.etsi.org/01903/v1.3.2#': 'Word signatures: the XAdES namespace',
  'http://www.w3.org/2000/09/xmldsig#': 'Word signatures: the XML-DSig namespace',
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1':
    'XML signatures: an algorithm identifier, recognised when reading',
  'http://www.w3.org/2000/09/xmldsig#sha1':
    'XML signatures: an algorithm identifier, recognised when reading',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'XML signatures: an algorithm identifier',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315':
    'XML signatures: the canonicalisation algorithm identifier'
}

const URL_PATTERN = /(?:https?|wss?|ftp):\/\/[^"'`\s)<>\\]+/g
const NETWORK_MODULE = /(?:require\(|from\s*)["'](?:node:)?(?:https?|net|tls|dgram|http2|dns)["']/

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
  )
}

/** The packages the main bundle requires at run time (electron-vite leaves dependencies outside the bundle). */
function externalPackages(bundle: string): string[] {
  const names = [...readFileSync(bundle, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)].map(
    (match) => match[1] ?? ''
  )
  return [
    ...new Set(
      names
        .filter((name) => !name.startsWith('node:') && name !== 'electron')
        .map((name) =>
          name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? '')
        )
        .filter((name) => existsSync(join(REPO, 'node_modules', name, 'package.json')))
    )
  ]
}

/**
 * Install-time only: sqlite3 runs prebuild-install from its `install` script to fetch a prebuilt binary; at run
 * time it loads its compiled module through `bindings` and never requires it (checked below).
 */
const INSTALL_TIME_ONLY = new Set(['prebuild-install'])

/** The folders of a package and of every package it depends on, as Node resolves them. */
function dependencyClosure(roots: readonly string[]): string[] {
  const found = new Set<string>()
  const queue = roots.map((name) => ({ name, from: REPO }))
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (INSTALL_TIME_ONLY.has(next.name)) continue
    let folder: string | undefined
    for (let base = next.from; ; base = dirname(base)) {
      const candidate = join(base, 'node_modules', next.name)
      if (existsSync(join(candidate, 'package.json'))) {
        folder = candidate
        break
      }
      if (dirname(base) === base) break
    }
    if (!folder || found.has(folder)) continue
    found.add(folder)
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const name of Object.keys(manifest.dependencies ?? {})) queue.push({ name, from: folder })
  }
  return [...found]
}

function scriptsOf(packageFolder: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory())
        return ['node_modules', 'test', 'tests'].includes(entry.name) ? [] : walk(join(folder, entry.name))
      return /\.(c|m)?js$/.test(entry.name) ? [join(folder, entry.name)] : []
    })
  return walk(packageFolder)
}

describe('what the app could reach over the network', () => {
  it('ships no URL but inert ones (namespaces, message texts, parsing bases)', () => {
    expect(existsSync(OUT), 'run `npm run build` first').toBe(true)
    const found = new Map<string, string[]>()
    for (const file of filesUnder(OUT))
      for (const [url] of readFileSync(file, 'utf8').matchAll(URL_PATTERN))
        found.set(url, [...(found.get(url) ?? []), relative(OUT, file)])
    expect(found.size).toBeGreaterThan(0)
    const unexplained = [...found].filter(([url]) => !(url in INERT_URLS))
    expect(unexplained).toEqual([])
  })

  it('requires no network module in the main process or the preload, nor Electron’s net or updater', () => {
    for (const bundle of ['main/index.js', 'preload/index.js'])
      expect(readFileSync(join(OUT, bundle), 'utf8')).not.toMatch(NETWORK_MODULE)
    const electronApis = new Set(
      [...readFileSync(join(OUT, 'main/index.js'), 'utf8').matchAll(/\belectron\.([A-Za-z]+)/g)].map(
        (match) => match[1]
      )
    )
    expect([...electronApis].sort()).toEqual(
      [
        'BrowserWindow',
        'Menu',
        'Notification',
        'app',
        'dialog',
        'ipcMain',
        'protocol',
        // Seals signing keys with the operating system (DPAPI, Keychain): local, no network.
        'safeStorage',
        'screen',
        'session',
        'shell'
      ].sort()
    )
  })

  it('loads no package at run time that requires a network module', () => {
    const packages = externalPackages(join(OUT, 'main/index.js'))
    expect(packages).toEqual(expect.arrayContaining(['sqlite3', 'kysely', 'docx', 'exceljs']))
    const closure = dependencyClosure(packages)
    expect(closure.length).toBeGreaterThan(packages.length)
    const offenders = closure.flatMap((folder) =>
      scriptsOf(folder)
        .filter((file) => NETWORK_MODULE.test(readFileSync(file, 'utf8')))
        .map((file) => relative(REPO, file))
    )
    expect(offenders).toEqual([])
    const sqlite3Runtime = scriptsOf(join(REPO, 'node_modules/sqlite3/lib')).map((file) =>
      readFileSync(file, 'utf8')
    )
    expect(sqlite3Runtime.some((source) => source.includes('prebuild-install'))).toBe(false)
  })
})
