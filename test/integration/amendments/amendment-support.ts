import type { AppServices } from '../../../src-main/services/app-services'
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
