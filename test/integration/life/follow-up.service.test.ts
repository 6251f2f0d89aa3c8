import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { addDays } from '../../../src-main/shared/agreements/agreement-dates'
import { frenchShortDate } from '../../../src-main/shared/format/short-date'
import { dispatch } from '../../../src-main/ipc/dispatch'
import type { AppServices } from '../../../src-main/services/app-services'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'
import { signaturePng } from '../../support/png'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const pdf = Buffer.from('%PDF-1.4\n% compte rendu\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')

describe('follow-up of a signed convention', () => {
  let database: TempDatabase
  let later: AppServices
  let agreementId: number
  beforeEach(async () => {
    database = await openTempDatabase()
    const agreement = await signedAgreement(database.services, 'social-innovation', {
      indicators: [
        { label: 'Personnes accompagnées', target: 120, unit: 'personnes' },
        { label: 'Ateliers tenus', target: 20, unit: 'ateliers' }
      ],
      durationMonths: 24
    })
    agreementId = agreement.id
    later = servicesAt(database, '2030-06-15')
    await later.lifecycle.applyDue()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('records committee meetings with attendees and decisions, in the history and in order', async () => {
    await later.followUp.saveMeeting({
      agreementId,
      heldOn: '2030-06-10',
      attendees: ['Claire Martin', 'Bernard Lafitte'],
      decisions: 'Ouvrir un second atelier le samedi.'
    })
    const view = await later.followUp.saveMeeting({
      agreementId,
      heldOn: '2030-02-01',
      attendees: ['Claire Martin'],
      decisions: ''
    })
    expect(view.meetings.map((meeting) => meeting.heldOn)).toEqual(['2030-02-01', '2030-06-10'])
    expect(view.meetings[1]).toMatchObject({ attendees: ['Claire Martin', 'Bernard Lafitte'], minutes: null })
    // Two meetings a year (the default): the next one is six months after the last.
    expect(view.nextCommitteeDue).toBe('2030-12-10')
    const history = await later.agreements.history(agreementId)
    expect(history.at(-1)?.summary).toBe('Comité de suivi du 01/02/2030 enregistré (1 participant).')
  })

  it('refuses follow-up before the signature, and a meeting of another convention', async () => {
    const draft = await database.services.agreements.create({
      needId: (await database.services.needs.list())[0]?.id ?? 0,
      partnerId: (await database.services.partners.list())[0]?.id ?? 0
    })
    await expect(
      later.followUp.saveMeeting({
        agreementId: draft.agreement.id,
        heldOn: '2030-06-01',
        attendees: ['A'],
        decisions: ''
      })
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('après la signature') })
    const { meetings } = await later.followUp.saveMeeting({
      agreementId,
      heldOn: '2030-06-01',
      attendees: ['A'],
      decisions: ''
    })
    await expect(
      later.followUp.saveMeeting({
        agreementId: draft.agreement.id,
        id: meetings[0]?.id ?? 0,
        heldOn: '2030-06-01',
        attendees: ['A'],
        decisions: ''
      })
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('records indicator results per contract year against their targets, and corrects or removes one', async () => {
    const view = await later.followUp.get(agreementId)
    expect(
      view.periods.slice(0, 2).map((period) => [period.label, period.start, period.due, period.missing])
    ).toEqual([
      ['Année 1', '2030-01-01', false, 2],
      ['Année 2', '2031-01-01', false, 2]
    ])
    // Contract years follow each other without a gap and the last one closes on the convention's last day.
    const { agreement } = await later.agreements.get(agreementId)
    for (const [index, period] of view.periods.entries())
      if (index > 0) expect(period.start).toBe(addDays(view.periods[index - 1]?.end ?? '', 1))
    expect(view.periods.at(-1)?.end).toBe(agreement.endDate)
    await later.followUp.recordResults({
      agreementId,
      periodNumber: 1,
      results: [
        { indicatorIndex: 0, value: 90, comment: 'À mi-parcours' },
        { indicatorIndex: 1, value: 12, comment: '' }
      ]
    })
    const corrected = await later.followUp.recordResults({
      agreementId,
      periodNumber: 1,
      results: [
        { indicatorIndex: 0, value: 96, comment: 'Corrigé' },
        { indicatorIndex: 1, value: null, comment: '' }
      ]
    })
    expect(corrected.results).toEqual([
      expect.objectContaining({
        indicatorLabel: 'Personnes accompagnées',
        target: 120,
        value: 96,
        comment: 'Corrigé'
      })
    ])
    expect(corrected.periods[0]?.missing).toBe(1)
    await expect(
      later.followUp.recordResults({
        agreementId,
        periodNumber: 9,
        results: [{ indicatorIndex: 0, value: 1, comment: '' }]
      })
    ).rejects.toMatchObject({ fieldErrors: { periodNumber: 'Période inconnue.' } })
    await expect(
      later.followUp.recordResults({
        agreementId,
        periodNumber: 1,
        results: [{ indicatorIndex: 5, value: 1, comment: '' }]
      })
    ).rejects.toMatchObject({ fieldErrors: { 'results.0.indicatorIndex': 'Indicateur inconnu.' } })
    expect((await later.agreements.history(agreementId)).at(-1)?.summary).toBe(
      `Résultats — année 1 (01/01/2030 – ${frenchShortDate(view.periods[0]?.end ?? '')}) : 1 indicateur renseigné.`
    )
  })

  it('refuses negative results at the border, with a French message by field', async () => {
    const handlers = createHandlers(later)
    const envelope = await dispatch(handlers, 'followUp:recordResults', {
      agreementId,
      periodNumber: 1,
      results: [{ indicatorIndex: 0, value: -3, comment: '' }]
    })
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: { 'results.0.value': 'Un résultat ne peut pas être négatif.' }
      }
    })
  })

  it('keeps one final evaluation, updated in place, in the history', async () => {
    await later.followUp.saveEvaluation({
      agreementId,
      writtenOn: '2030-06-15',
      outcome: 'partly-met',
      recommendation: 'adapt',
      summary: 'Public atteint, ateliers à étoffer.'
    })
    const view = await later.followUp.saveEvaluation({
      agreementId,
      writtenOn: '2030-06-20',
      outcome: 'met',
      recommendation: 'renew',
      summary: 'Objectifs atteints.'
    })
    expect(view.evaluation).toMatchObject({
      outcome: 'met',
      recommendation: 'renew',
      writtenOn: '2030-06-20'
    })
    expect((await later.agreements.history(agreementId)).at(-1)?.summary).toBe(
      'Bilan final du 20/06/2030 : objectifs atteints.'
    )
  })

  it('attaches minutes checked by content, copied under a safe name, and saved out only while intact', async () => {
    const { meetings } = await later.followUp.saveMeeting({
      agreementId,
      heldOn: '2030-06-10',
      attendees: ['Claire Martin'],
      decisions: ''
    })
    const meetingId = meetings[0]?.id ?? 0
    const attached = await later.followUp.minutes.attach({
      meetingId,
      fileName: 'C:\\Users\\claire\\Documents\\CR comité: juin?.pdf',
      dataBase64: base64(pdf)
    })
    expect(attached.minutes).toMatchObject({
      originalName: 'CR comité juin.pdf',
      type: 'pdf',
      sizeBytes: pdf.length
    })
    expect(attached.minutes?.storedName).toMatch(
      /^AD-\d{4}-\d{2}-\d{4}\/suivi\/comite-2030-06-10-\d+-\d+-CR-comite-juin\.pdf$/
    )
    const stored = join(later.documents.folder, attached.minutes?.storedName ?? '')
    expect(readFileSync(stored)).toEqual(pdf)

    const png = await later.followUp.minutes.attach({
      meetingId,
      fileName: '/home/claire/photo du tableau.png',
      dataBase64: base64(signaturePng())
    })
    expect(png.minutes).toMatchObject({ originalName: 'photo du tableau.png', type: 'png' })
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>')
    })
    expect(
      (await later.followUp.minutes.attach({ meetingId, fileName: 'cr.docx', dataBase64: base64(docx) }))
        .minutes?.type
    ).toBe('docx')

    const target = join(makeTempFolder(), 'copie.docx')
    await expect(later.followUp.minutes.saveAs(meetingId, target)).resolves.toEqual({ savedTo: target })
    expect(readFileSync(target)).toEqual(Buffer.from(docx))
  })

  it('refuses hostile minutes: a program named .pdf, a zip that is not a document, an empty file', async () => {
    const { meetings } = await later.followUp.saveMeeting({
      agreementId,
      heldOn: '2030-06-10',
      attendees: ['Claire Martin'],
      decisions: ''
    })
    const meetingId = meetings[0]?.id ?? 0
    const program = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)])
    const zip = zipSync({ 'evil.exe': program })
    for (const [fileName, bytes] of [
      ['compte-rendu.pdf', program],
      ['compte-rendu.docx', zip]
    ] as const)
      await expect(
        later.followUp.minutes.attach({ meetingId, fileName, dataBase64: base64(bytes) })
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining('PDF, un document Word')
      })
    const handlers = createHandlers(later)
    expect(
      await dispatch(handlers, 'followUp:attachMinutes', { meetingId, fileName: 'vide.pdf', dataBase64: '' })
    ).toMatchObject({ ok: false, error: { fieldErrors: { dataBase64: 'Le fichier est vide.' } } })
    expect((await later.followUp.get(agreementId)).meetings[0]?.minutes).toBeNull()
  })

  it('lists a partner’s conventions with their follow-up at a glance', async () => {
    await later.followUp.saveMeeting({ agreementId, heldOn: '2030-03-01', attendees: ['A'], decisions: '' })
    await later.followUp.recordResults({
      agreementId,
      periodNumber: 1,
      results: [
        { indicatorIndex: 0, value: 60, comment: '' },
        { indicatorIndex: 1, value: 20, comment: '' }
      ]
    })
    const { agreement } = await later.agreements.get(agreementId)
    const rows = await later.followUp.byPartner(agreement.partnerId ?? 0)
    expect(rows).toEqual([
      expect.objectContaining({
        id: agreementId,
        status: 'active',
        meetingCount: 1,
        lastMeetingOn: '2030-03-01',
        resultCount: 2,
        achievementPercent: 75,
        evaluated: false
      })
    ])
  })
})
