import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { updateAgreementRow } from '../../../src-main/services/agreements/agreement.repository'
import { NotReadyForSignatureError } from '../../../src-main/services/agreements/not-ready-error'
import type { AgreementContent } from '../../../src-main/shared/schemas/agreement.schema'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import type { PartnershipTypeCode } from '../../../src-main/shared/reference/reference-data'
import { seedNeedAndPartner } from '../../support/agreement-fixtures'
import { GATE_CASES } from '../../support/gate-cases'
import { checkContext, completeContent } from '../../support/gate-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('the signing gate in the service', () => {
  let database: TempDatabase
  let seed: Awaited<ReturnType<typeof seedNeedAndPartner>>
  beforeAll(async () => {
    database = await openTempDatabase()
    seed = await seedNeedAndPartner(database.services, {
      contacts: [
        { name: 'Bernard Lafitte', role: 'Président', email: '', phone: '', maySign: true },
        { name: 'Sophie Arnaud', role: 'Responsable logistique', email: '', phone: '', maySign: true }
      ]
    })
  })
  afterAll(() => database.dispose())

  /** The unit fixtures' content with this database's ids (need 1, partner 2, domain 1, contacts 7 and 8). */
  function withLocalIds(content: AgreementContent): AgreementContent {
    const [first, second] = seed.partner.contacts
    const contacts: Record<number, number | undefined> = { 7: first?.id, 8: second?.id }
    return {
      ...content,
      needId: content.needId === null ? null : seed.need.id,
      partnerId: content.partnerId === null ? null : seed.partner.id,
      domainIds: content.domainIds.map(() => seed.domainId ?? 0),
      partnerSignatoryContactId:
        content.partnerSignatoryContactId === null
          ? null
          : (contacts[content.partnerSignatoryContactId] ?? content.partnerSignatoryContactId)
    }
  }

  async function draftWith(type: PartnershipTypeCode, content: AgreementContent) {
    const { agreement } = await database.services.agreements.create({
      needId: seed.need.id,
      partnerId: seed.partner.id,
      type
    })
    const { id, ...changes } = { ...withLocalIds(content), id: agreement.id }
    await database.services.agreements.saveDraft({ id, changes })
    return id
  }

  it.each(PARTNERSHIP_TYPE_CODES)('lets a complete %s agreement become ready for signature', async (type) => {
    const id = await draftWith(type, completeContent(type))
    const { agreement, check } = await database.services.agreements.transition({
      id,
      to: 'ready_for_signature'
    })
    expect(agreement.status).toBe('ready_for_signature')
    expect(check.problems).toEqual([])
  })

  it.each(
    GATE_CASES.filter((gateCase) => !gateCase.pureOnly).map((gateCase) => [gateCase.code, gateCase] as const)
  )('refuses %s and writes nothing', async (_code, gateCase) => {
    const content = completeContent(gateCase.type)
    gateCase.change(content, structuredClone(checkContext()))
    const id = await draftWith(gateCase.type, content)
    const before = await database.services.agreements.get(id)
    const historyBefore = await database.services.agreements.history(id)
    const refusal = await database.services.agreements.transition({ id, to: 'ready_for_signature' }).then(
      () => null,
      (error: unknown) => error
    )
    expect(refusal).toBeInstanceOf(NotReadyForSignatureError)
    const { problems, message, fieldErrors } = refusal as NotReadyForSignatureError
    expect(problems.map((problem) => problem.code)).toEqual([gateCase.code])
    expect(message.replace(/\u00a0/g, ' ')).toMatch(gateCase.says)
    expect(fieldErrors?.[gateCase.field]).toBeDefined()
    expect((await database.services.agreements.get(id)).agreement).toEqual(before.agreement)
    expect(await database.services.agreements.history(id)).toEqual(historyBefore)
  })
})

describe('a convention past the draft stage', () => {
  let database: TempDatabase
  beforeAll(async () => {
    database = await openTempDatabase()
  })
  afterAll(() => database.dispose())

  it('changes only through an amendment, whatever writes to it', async () => {
    const seed = await seedNeedAndPartner(database.services)
    const { agreement } = await database.services.agreements.create({
      needId: seed.need.id,
      partnerId: seed.partner.id,
      type: 'patronage'
    })
    const content = completeContent('patronage')
    const changes = {
      ...content,
      needId: seed.need.id,
      partnerId: seed.partner.id,
      domainIds: seed.domainId === null ? [] : [seed.domainId],
      partnerSignatoryContactId: seed.signatoryId
    }
    await database.services.agreements.saveDraft({ id: agreement.id, changes })
    for (const to of ['ready_for_signature', 'signed'] as const)
      await database.services.agreements.transition({ id: agreement.id, to })
    await expect(
      database.services.agreements.saveDraft({ id: agreement.id, changes: { title: 'Autre titre' } })
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('avenant') })
    // A path that writes the row itself (an import, a script) meets the same refusal.
    const row = await database.db
      .selectFrom('agreements')
      .selectAll()
      .where('id', '=', agreement.id)
      .executeTakeFirstOrThrow()
    await expect(
      database.db
        .transaction()
        .execute((trx) => updateAgreementRow(trx, agreement.id, { title: 'Autre titre' }))
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('avenant') })
    const richer = JSON.stringify({
      ...JSON.parse(row.content),
      terms: { ...content.terms, amountCents: 900_000 }
    })
    await expect(
      database.db.transaction().execute((trx) => updateAgreementRow(trx, agreement.id, { content: richer }))
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    // The same content written again, or a status change, is not a change of the text.
    await database.db
      .transaction()
      .execute((trx) => updateAgreementRow(trx, agreement.id, { title: row.title, content: row.content }))
    const terminated = await database.services.agreements.transition({
      id: agreement.id,
      to: 'terminated',
      reason: 'Projet abandonné'
    })
    expect(terminated.agreement).toMatchObject({
      status: 'terminated',
      title: row.title,
      terms: content.terms
    })
  })
})
