import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { HomeLists } from '../../../src-main/shared/domain/home'
import { useCliDatabase } from '../../support/cli'

describe('CLI: portfolio, agreements transition, calendar', () => {
  const context = useCliDatabase()
  const { cli } = context

  const reference = async (title: string) => {
    const rows = JSON.parse((await cli('agreements', 'list', '--json', '--search', title)).out) as Array<{
      reference: string
      status: string
    }>
    return rows[0] as { reference: string; status: string }
  }

  it('prints the home lists, in JSON the same as the service answers', async () => {
    await cli('demo')
    const text = await cli('portfolio')
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/^À traiter au \d\d\/\d\d\/\d{4} : \d+$/m)
    const drafts = JSON.parse(
      (await cli('agreements', 'list', '--json', '--status', 'draft')).out
    ) as unknown[]
    expect(text.out).toContain(`Brouillons à terminer (${drafts.length})`)
    const json = JSON.parse((await cli('portfolio', '--json')).out) as HomeLists & { applied: unknown[] }
    expect(json.applied).toEqual([])
    expect(json.lists.map((list) => list.kind)).toEqual([
      'drafts',
      'toSign',
      'notStarted',
      'ending',
      'committees',
      'reports',
      'amendments',
      'conflicts'
    ])
    expect(json.total).toBe(json.lists.reduce((sum, list) => sum + list.total, 0))
  })

  it('refuses « ready » through the signing gate with the codes the service gives, and accepts a text that passes', async () => {
    await cli('demo')
    const drafts = JSON.parse((await cli('agreements', 'list', '--json', '--status', 'draft')).out) as Array<{
      reference: string
    }>
    const checks = await Promise.all(
      drafts.map(async ({ reference: ref }) => ({
        ref,
        check: await cli('agreements', 'check', '--ref', ref, '--json')
      }))
    )
    const blocked = checks.find(({ check }) => check.code === 1)
    if (!blocked) throw new Error('the demo should hold a draft the gate blocks')
    const { problems } = JSON.parse(blocked.check.out) as {
      problems: Array<{ code: string; message: string }>
    }
    expect(problems.length).toBeGreaterThan(0)

    const refused = await cli('agreements', 'transition', '--ref', blocked.ref, '--to', 'ready')
    expect(refused.code).toBe(1)
    for (const problem of problems) expect(refused.err).toContain(`[${problem.code}] : ${problem.message}`)
    expect(refused.err).toContain(`La convention ${blocked.ref} n’est pas prête pour signature`)
    expect((await cli('agreements', 'list', '--json', '--search', blocked.ref)).out).toContain('"draft"')

    const ready = JSON.parse(
      (await cli('agreements', 'list', '--json', '--status', 'ready_for_signature')).out
    ) as Array<{ reference: string }>
    const readyRef = ready[0]?.reference
    if (!readyRef) throw new Error('the demo should hold a convention ready for signature')
    expect(await cli('agreements', 'transition', '--ref', readyRef, '--to', 'draft')).toMatchObject({
      code: 0
    })
    expect(await cli('agreements', 'transition', '--ref', readyRef, '--to', 'ready')).toMatchObject({
      code: 0,
      out: `${readyRef} : Prête pour signature.\n`
    })
  })

  it('terminates with a reason (exit 0) and refuses without one (exit 1), writing nothing', async () => {
    await cli('demo')
    const { reference: ref } = await reference('Sauveterre')
    const refused = await cli('agreements', 'transition', '--ref', ref, '--to', 'terminated')
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('Indiquez le motif de la résiliation.')
    expect((await reference('Sauveterre')).status).toBe('active')

    const before = await cli(
      'agreements',
      'transition',
      '--ref',
      ref,
      '--to',
      'terminated',
      '--reason',
      'X',
      '--date',
      '2000-01-01'
    )
    expect(before.code).toBe(1)
    expect(before.err).toContain('avant le début')

    const done = await cli(
      'agreements',
      'transition',
      '--ref',
      ref,
      '--to',
      'terminated',
      '--reason',
      'Fermeture du commerce',
      '--decided-by',
      'partner'
    )
    expect(done).toMatchObject({ code: 0, out: `${ref} : Résiliée.\n` })
    const again = await cli(
      'agreements',
      'transition',
      '--ref',
      ref,
      '--to',
      'terminated',
      '--reason',
      'Encore'
    )
    expect(again.code).toBe(1)
    expect(again.err).toContain('ne peut plus être résiliée')
  })

  it('refuses bad usage with exit 2 and an unknown reference with exit 1', async () => {
    await cli('demo')
    expect((await cli('agreements', 'transition', '--ref', 'AD-2026-33-0001', '--to', 'signed')).code).toBe(2)
    expect(
      (
        await cli(
          'agreements',
          'transition',
          '--ref',
          'AD-2026-33-0001',
          '--to',
          'active',
          '--date',
          '2030-01-01'
        )
      ).code
    ).toBe(2)
    const unknown = await cli('agreements', 'transition', '--ref', 'AD-1999-33-0001', '--to', 'ended')
    expect(unknown).toMatchObject({ code: 1, err: 'Aucune convention de référence AD-1999-33-0001.\n' })
    expect((await cli('calendar')).code).toBe(2)
  })

  it('writes the reminders as an .ics file for Outlook, limited to a period', async () => {
    await cli('demo')
    const file = join(context.folder, 'échéances.ics')
    const run = await cli('calendar', '--out', file)
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/^\d+ échéances écrites dans /)
    const all = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]).getAllSubcomponents(
      'vevent'
    )
    expect(all.length).toBeGreaterThan(5)
    const dates = all.map((vevent) => String(vevent.getFirstPropertyValue('dtstart')))
    const middle = [...dates].sort()[Math.floor(dates.length / 2)] ?? ''
    await cli('calendar', '--out', file, '--from', middle, '--to', middle)
    const some = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]).getAllSubcomponents(
      'vevent'
    )
    expect(some.length).toBeGreaterThan(0)
    expect(some.every((vevent) => String(vevent.getFirstPropertyValue('dtstart')) === middle)).toBe(true)
    expect((await cli('calendar', '--out', file, '--from', '2030-13-01')).code).toBe(1)
  })
})
