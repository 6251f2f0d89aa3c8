import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src-main/main/content-security-policy'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'

const PAGES = ['conventions', 'partenaires', 'besoins', 'echanges', 'verifier', 'reglages'] as const

describe('the renderer in a real Chromium, served by the app:// handler', () => {
  let app: E2eApp
  const requests: Request[] = []
  beforeAll(async () => {
    app = await startE2eApp()
    await seedDemoData(app.database.db, app.database.services, new Date('2026-11-28T10:00:00Z'))
    app.page.context().on('request', (request) => requests.push(request))
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
  })

  it('sends the strict CSP as a header with the page', async () => {
    await app.page.goto(`${app.url}#/conventions`)
    const response = await app.page.reload()
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  })

  it('makes no request outside its own origin on any page, the document preview included', async () => {
    requests.length = 0
    const { page, url, database } = app
    await page.reload()
    for (const path of PAGES) {
      await page.goto(`${url}#/${path}`)
      await shown(page.locator('main h1'))
    }
    const [agreement] = (
      await database.services.agreements.search({ status: 'ready_for_signature', sort: 'reference' })
    ).rows
    if (!agreement) throw new Error('no agreement ready for signature in the demo data')
    await database.services.documents.generate({ agreementId: agreement.id })
    await page.goto(`${url}#/conventions/${agreement.id}/documents`)
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click()
    await shown(page.frameLocator('iframe[title="Aperçu du document"]').locator('body'))
    const origin = new URL(url).origin
    const seen = requests.map((request) => request.url())
    expect(seen.length).toBeGreaterThan(0)
    expect(
      seen.filter((address) => new URL(address).origin !== origin && !address.startsWith('data:'))
    ).toEqual([])
    expect(seen.every((address) => !address.includes('/__'))).toBe(true)
  })

  it('refuses a script from another local folder, from another origin, inline, or by a path leaving its folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'alliance-piege-'))
    const planted = join(folder, 'piege.js')
    writeFileSync(planted, 'window.__planted = true')
    // The same file served from another local origin: only the CSP stands between it and the page.
    const otherOrigin = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(planted))
    )
    await new Promise<void>((ready) => otherOrigin.listen(0, '127.0.0.1', ready))
    try {
      const { page, url } = app
      await page.goto(`${url}#/conventions`)
      const sources = {
        localFile: `file://${planted}`,
        otherOrigin: `http://127.0.0.1:${(otherOrigin.address() as AddressInfo).port}/piege.js`,
        escapingPath: `${url}..%2F..%2F..%2F..%2F${planted.slice(1)}`
      }
      const outcome = await page.evaluate(async (scripts) => {
        const violations: string[] = []
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.blockedURI))
        const load = (src: string) =>
          new Promise<string>((settle) => {
            const script = document.createElement('script')
            script.src = src
            script.onload = () => settle('loaded')
            script.onerror = () => settle('refused')
            document.head.append(script)
          })
        const inline = document.createElement('script')
        inline.textContent = 'window.__planted = true'
        document.head.append(inline)
        const results: Record<string, string> = {}
        for (const [name, src] of Object.entries(scripts)) results[name] = await load(src)
        await new Promise((wait) => setTimeout(wait, 100))
        return { results, violations, planted: (window as { __planted?: boolean }).__planted ?? false }
      }, sources)
      expect(outcome.results).toEqual({
        localFile: 'refused',
        otherOrigin: 'refused',
        escapingPath: 'refused'
      })
      expect(outcome.planted).toBe(false)
      expect(outcome.violations).toEqual(expect.arrayContaining(['inline', sources.otherOrigin]))
    } finally {
      await new Promise<void>((done) => otherOrigin.close(() => done()))
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
