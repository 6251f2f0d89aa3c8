import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { addDays } from '../../../src-main/shared/agreements/agreement-dates'
import { docxText, servicesAt, signedAgreement } from '../../support/life-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('the life of a convention after its signature', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('starts on its start date and ends the day after its end date, each recorded in the history', async () => {
    const agreement = await signedAgreement(database.services)
    expect(agreement).toMatchObject({ status: 'signed', startDate: '2030-01-01' })
    expect(await servicesAt(database, '2029-12-31').lifecycle.applyDue()).toEqual([])

    const started = await servicesAt(database, '2030-01-01').lifecycle.applyDue()
    expect(started).toEqual([{ id: agreement.id, reference: agreement.reference, to: 'active' }])
    const endDate = (await database.services.agreements.get(agreement.id)).agreement.endDate as string
    expect(await servicesAt(database, endDate).lifecycle.applyDue()).toEqual([])
    const dayAfter = addDays(endDate, 1)
    expect(await servicesAt(database, dayAfter).lifecycle.applyDue()).toEqual([
      { id: agreement.id, reference: agreement.reference, to: 'ended' }
    ])
    const history = await database.services.agreements.history(agreement.id)
    expect(history.slice(-2).map((entry) => entry.summary)).toEqual([
      'Signée → En cours : date de début atteinte (automatique)',
      'En cours → Terminée : date de fin passée (automatique)'
    ])
  })

  it('catches up a signed convention whose whole term passed while the app was closed', async () => {
    const agreement = await signedAgreement(database.services)
    const applied = await servicesAt(database, '2032-06-01').lifecycle.applyDue()
    expect(applied.map((change) => change.to)).toEqual(['active', 'ended'])
    expect((await database.services.agreements.get(agreement.id)).agreement.status).toBe('ended')
  })

  it('applies each automatic change once when two processes (the app and the CLI) run it together', async () => {
    const agreement = await signedAgreement(database.services)
    const [first, second] = await Promise.all([
      servicesAt(database, '2030-01-02').lifecycle.applyDue(),
      servicesAt(database, '2030-01-02').lifecycle.applyDue()
    ])
    expect([...(first ?? []), ...(second ?? [])]).toHaveLength(1)
    const history = await database.services.agreements.history(agreement.id)
    expect(history.filter((entry) => entry.toStatus === 'active')).toHaveLength(1)
  })

  it('terminates with a date, a reason and who decided; refuses without a reason or before the start', async () => {
    const agreement = await signedAgreement(database.services)
    const later = servicesAt(database, '2030-03-01')
    await later.lifecycle.applyDue()
    await expect(
      later.lifecycle.terminate({ id: agreement.id, date: '2030-04-30', reason: '  ', decidedBy: 'la-poste' })
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reason: 'Indiquez le motif de la résiliation.' }
    })
    await expect(
      later.lifecycle.terminate({
        id: agreement.id,
        date: '2029-12-31',
        reason: 'Fin',
        decidedBy: 'la-poste'
      })
    ).rejects.toMatchObject({ fieldErrors: { date: expect.stringContaining('avant le début') } })
    await expect(
      later.lifecycle.terminate({
        id: agreement.id,
        date: '2031-06-01',
        reason: 'Fin',
        decidedBy: 'la-poste'
      })
    ).rejects.toMatchObject({ fieldErrors: { date: expect.stringContaining('après la fin prévue') } })
    expect((await database.services.agreements.get(agreement.id)).agreement.status).toBe('active')

    const { agreement: terminated } = await later.lifecycle.terminate({
      id: agreement.id,
      date: '2030-04-30',
      reason: 'Le partenaire cesse son activité',
      decidedBy: 'partner'
    })
    expect(terminated.status).toBe('terminated')
    const followUp = await later.followUp.get(agreement.id)
    expect(followUp.termination).toMatchObject({
      effectiveDate: '2030-04-30',
      reason: 'Le partenaire cesse son activité',
      decidedBy: 'partner'
    })
    expect(followUp.agreement.effectiveEndDate).toBe('2030-04-30')
    const last = (await database.services.agreements.history(agreement.id)).at(-1)
    expect(last?.summary).toBe(
      'En cours → Résiliée : Le partenaire cesse son activité (effet le 30/04/2030, décidée par : Le partenaire)'
    )
  })

  it('refuses to terminate an ended convention, whatever the path', async () => {
    const agreement = await signedAgreement(database.services)
    const later = servicesAt(database, '2032-01-01')
    await later.lifecycle.applyDue()
    const attempt = { id: agreement.id, reason: 'Trop tard', date: '2030-06-01' }
    await expect(later.lifecycle.terminate({ ...attempt, decidedBy: 'la-poste' })).rejects.toMatchObject({
      fieldErrors: { status: 'Une convention « Terminée » ne peut plus être résiliée.' }
    })
    await expect(later.agreements.transition({ ...attempt, to: 'terminated' })).rejects.toMatchObject({
      code: 'VALIDATION'
    })
  })

  it('issues the termination letter as a Word file, stored with its fingerprint, numbered per click', async () => {
    const agreement = await signedAgreement(database.services)
    const later = servicesAt(database, '2030-03-01')
    await later.lifecycle.applyDue()
    await expect(later.lifecycle.letters.issue(agreement.id)).rejects.toMatchObject({ code: 'CONFLICT' })
    await later.lifecycle.terminate({
      id: agreement.id,
      date: '2030-05-31',
      reason: 'Fin du financement du projet',
      decidedBy: 'mutual'
    })
    const [first, second] = await Promise.all([
      later.lifecycle.letters.issue(agreement.id),
      later.lifecycle.letters.issue(agreement.id)
    ])
    expect([first?.fileName, second?.fileName].sort()).toEqual([
      `${agreement.reference}/${agreement.reference}-lettre-resiliation-1.docx`,
      `${agreement.reference}/${agreement.reference}-lettre-resiliation-2.docx`
    ])
    const bytes = readFileSync(join(later.documents.folder, first?.fileName ?? ''))
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first?.sha256)
    const text = docxText(bytes)
    expect(text).toContain(
      `Objet\u00a0: résiliation de la convention de partenariat n°\u00a0${agreement.reference}`
    )
    expect(text).toContain('confirme la résiliation d’un commun accord')
    expect(text).toContain('31\u00a0mai\u00a02030')
    expect(text).toContain('Motif de la résiliation\u00a0: Fin du financement du projet.')
    expect(text).toContain('Bernard Lafitte')
    expect((await later.followUp.get(agreement.id)).termination?.letters).toHaveLength(2)
  })

  it('renews as a new draft pre-filled and linked both ways, leaving the old convention intact', async () => {
    const agreement = await signedAgreement(database.services, 'patronage')
    const before = await database.services.agreements.get(agreement.id)
    const [renewal, again] = await Promise.all([
      database.services.lifecycle.renew(agreement.id),
      database.services.lifecycle.renew(agreement.id)
    ])
    expect(again?.agreement.id).toBe(renewal?.agreement.id)
    expect(renewal?.agreement).toMatchObject({
      status: 'draft',
      type: 'patronage',
      title: agreement.title,
      terms: agreement.terms,
      indicators: agreement.indicators,
      durationMonths: agreement.durationMonths
    })
    expect(renewal?.agreement.reference).not.toBe(agreement.reference)
    // The day after the old one's last day, whatever its end-date arithmetic.
    expect(renewal?.agreement.startDate).toBe(addDays(agreement.endDate ?? '', 1))
    const after = await database.services.agreements.get(agreement.id)
    expect(after.agreement).toEqual({ ...before.agreement })
    const old = await database.services.followUp.get(agreement.id)
    const next = await database.services.followUp.get(renewal?.agreement.id ?? 0)
    expect(old.renewedBy).toMatchObject({ id: renewal?.agreement.id, status: 'draft' })
    expect(next.renewedFrom).toMatchObject({ id: agreement.id, reference: agreement.reference })
    expect((await database.services.agreements.history(agreement.id)).at(-1)?.summary).toContain(
      `Renouvellement préparé : convention ${renewal?.agreement.reference}`
    )
  })

  it('renews neither a draft nor a terminated convention', async () => {
    const agreement = await signedAgreement(database.services)
    await database.services.lifecycle.terminate({
      id: agreement.id,
      date: '2030-01-01',
      reason: 'Abandon du projet',
      decidedBy: 'la-poste'
    })
    await expect(database.services.lifecycle.renew(agreement.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('résiliée')
    })
  })

  it('deletes a draft after keeping its history in the deletion log; refuses anything once signed', async () => {
    const agreement = await signedAgreement(database.services)
    const renewal = await database.services.lifecycle.renew(agreement.id)
    await expect(database.services.lifecycle.deleteDraft(agreement.id)).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    const { reference } = await database.services.lifecycle.deleteDraft(renewal.agreement.id)
    expect(reference).toBe(renewal.agreement.reference)
    await expect(database.services.agreements.get(renewal.agreement.id)).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    const [log] = await database.services.lifecycle.deletedDrafts()
    expect(log).toMatchObject({ reference, title: agreement.title })
    expect(log?.history.map((entry) => entry.summary)).toEqual([
      `Renouvellement de la convention ${agreement.reference}.`,
      'Brouillon supprimé.'
    ])
    expect((await database.services.followUp.get(agreement.id)).renewedBy).toBeNull()
    expect((await database.services.agreements.history(agreement.id)).at(-1)?.summary).toBe(
      `Brouillon de renouvellement ${reference} supprimé.`
    )
    const search = await database.services.agreements.search({ search: reference })
    expect(search.total).toBe(0)
    expect(existsSync(database.services.documents.folder)).toBe(true)
  })
})
