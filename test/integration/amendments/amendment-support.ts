import type { AppServices } from '../../../src-main/services/app-services'
import { completeChanges, seedNeedAndPartner } from '../../support/agreement-fixtures'
import { readyAgreement, signBoth } from '../../support/document-fixtures'

/** A signed economic-cooperation convention (1 January 2030, twelve months, 1 500 € HT a month). */
export async function signedConvention(services: AppServices) {
  const agreement = await readyAgreement(services, 'economic-cooperation')
  await signBoth(services, (await services.documents.generate({ agreementId: agreement.id })).id)
  return agreement
}

/** Generates the amendment for signature and has both named signatories sign it. */
export async function signAmendment(services: AppServices, agreementId: number, amendmentId: number) {
  const version = await services.documents.generate({ agreementId, amendmentId })
  return signBoth(services, version.id)
}

/** A signed financial gift (5 000 € paid on 1 February 2030, beneficiary of general interest). */
export async function signedFinancialGift(services: AppServices) {
  const { partner, need, signatoryId } = await seedNeedAndPartner(services)
  const created = await services.agreements.create({
    needId: need.id,
    partnerId: partner.id,
    type: 'patronage'
  })
  const id = created.agreement.id
  await services.agreements.saveDraft({
    id,
    changes: { ...completeChanges('patronage', signatoryId), title: 'Mécénat financier de la collecte' }
  })
  await services.agreements.transition({ id, to: 'ready_for_signature' })
  await signBoth(services, (await services.documents.generate({ agreementId: id })).id)
  return id
}
