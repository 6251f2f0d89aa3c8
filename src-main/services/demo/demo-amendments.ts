import type { AppDatabase } from '../../db/schema'
import { termEndDate } from '../../shared/agreements/agreement-dates'
import type { AppServices } from '../app-services'
import { sampleSignatureDataUrl } from '../documents/sample-signature'

/** The demo convention amended: a Relais Poste in its first year, prolonged, then a raise of its remuneration. */
const AMENDED_TITLE = 'Relais Poste ESS de Sauveterre-de-Béarn'

/** Both named signatories sign a « for signature » version with sample drawings, at the convention's place. */
async function signWithNamedSignatories(
  services: AppServices,
  agreementId: number,
  amendmentId: number | null,
  signedOnAgreement: boolean
) {
  const { agreement } = await services.agreements.get(agreementId)
  const partner = agreement.partnerId ? await services.partners.get(agreement.partnerId) : null
  const contact = partner?.contacts.find((entry) => entry.id === agreement.partnerSignatoryContactId)
  const version = await services.documents.generate({ agreementId, amendmentId })
  return services.documents.sign(
    {
      versionId: version.id,
      place: agreement.place || 'Pau',
      signatures: [
        {
          party: 'la-poste',
          method: 'drawn',
          signerName: agreement.laPosteSignatory.name,
          signerTitle: agreement.laPosteSignatory.title,
          imageDataUrl: sampleSignatureDataUrl(agreementId)
        },
        {
          party: 'partner',
          method: 'drawn',
          signerName: contact?.name ?? '',
          signerTitle: contact?.role ?? '',
          imageDataUrl: sampleSignatureDataUrl(agreementId + 7)
        }
      ]
    },
    signedOnAgreement ? { recordOnSignedAgreement: true } : {}
  )
}

/**
 * One signed amendment (a prolongation by a year, so the register's end date moves) and one draft (a raise of the
 * monthly remuneration, which changes nothing until signed), on the demo Relais Poste, through the real services.
 * Running it again adds nothing.
 */
export async function seedDemoAmendments(db: AppDatabase, services: AppServices): Promise<number> {
  const row = await db
    .selectFrom('agreements')
    .select(['id', 'start_date', 'duration_months', 'status'])
    .where('title', '=', AMENDED_TITLE)
    .executeTakeFirst()
  if (!row || row.start_date === null || row.duration_months === null) return 0
  const existing = await services.documents.list(row.id)
  if (existing.amendments.length > 0) return 0
  if (!existing.signatures.some((signature) => signature.amendmentId === null))
    await signWithNamedSignatories(services, row.id, null, true)
  const prolongation = await services.documents.amendments.create({
    agreementId: row.id,
    reason: 'Prolonger d’un an le Relais Poste, dont la fréquentation dépasse les objectifs',
    effectiveDate: null,
    changes: [{ kind: 'end-date', newEndDate: termEndDate(row.start_date, row.duration_months + 12) }]
  })
  await signWithNamedSignatories(services, row.id, prolongation.id, false)
  await services.documents.amendments.create({
    agreementId: row.id,
    reason: 'Tenir compte de l’ouverture le samedi après-midi',
    effectiveDate: null,
    changes: [{ kind: 'amount', newAmountCents: 48_000, payments: null }]
  })
  return 2
}
