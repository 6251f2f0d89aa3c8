import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Every screen the suite visits is photographed here at 1366×768 (the folder is printed once per run). */
export const SCREENSHOT_FOLDER = resolve(__dirname, '../../out/screens')
let announced = false

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const LAPTOP = { width: 1366, height: 768 } as const

/** The console messages that say the page broke its Content-Security-Policy (or failed outright). */
export function watchConsole(page: Page): { problems: string[] } {
  const watched = { problems: [] as string[] }
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the app has none to serve, and no user sees that request.
    if (message.location().url.endsWith('/favicon.ico')) return
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      watched.problems.push(message.text())
  })
  return watched
}

/**
 * One screen, checked the way a user meets it: axe-core finds no violation (WCAG 2.1 A and AA), the console holds
 * no CSP or other error, and a screenshot is written at 1366×768 for a person to look at.
 */
export async function checkScreen(page: Page, name: string, console: { problems: string[] }): Promise<void> {
  await page.setViewportSize(LAPTOP)
  await page.evaluate(() => document.fonts.ready)
  if (!announced) {
    mkdirSync(SCREENSHOT_FOLDER, { recursive: true })
    process.stdout.write(`\nÉcrans photographiés dans ${SCREENSHOT_FOLDER}\n`)
    announced = true
  }
  await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}.png`) })
  // Injected through the debugging protocol, so the page's own policy (no inline script) stays as it is.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const axeResult = await page.evaluate(async () => {
    type AxeResult = {
      passes: unknown[]
      violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>
    }
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
    })
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (violation) =>
          `${violation.id} — ${violation.help} — ${JSON.stringify(violation.nodes.map((n) => n.target))}`
      )
    }
  })
  expect(axeResult.passes, `${name}: axe-core ran its rules`).toBeGreaterThan(10)
  expect(axeResult.violations, `${name}: axe-core`).toEqual([])
  expect(console.problems, `${name}: console`).toEqual([])
}

/** Presses Tab until `target` has focus; returns how many presses it took (fails past `max`). */
export async function tabTo(page: Page, target: Locator, max = 12): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return presses
  }
  throw new Error(`not reached in ${max} Tab presses`)
}

/** Whether focus sits on the page body (lost), as a keyboard user would find it after an action. */
export const focusIsLost = (page: Page) =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body)
