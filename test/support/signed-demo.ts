import type { AppServices } from '../../src-main/services/app-services'
import { sampleSignatureDataUrl } from '../../src-main/services/documents/sample-signature'

/**
 * The demo seeds signed, active, ended and terminated agreements through status transitions alone, without any
 * signature; an import refuses such an agreement (« signée » sans signature). This records what a coordinator would
 * have: a Word file for signature, signed by both parties with sample drawings, as `documents generate --signed`
 * does for demonstration data.
 */
export async function signDemoAgreements(services: AppServices): Promise<number> {
  const { rows } = await services.agreements.search({ limit: 10_000 })
  let signed = 0
  for (const row of rows) {
    if (!['signed', 'active', 'ended', 'terminated'].includes(row.status)) continue
    const { agreement } = await services.agreements.get(row.id)
    const existing = await services.documents.list(row.id)
    if (existing.signatures.some((signature) => signature.amendmentId === null)) continue
    const version = await services.documents.generate({ agreementId: row.id })
    const contact = agreement.partnerId
      ? (await services.partners.get(agreement.partnerId)).contacts.find(
          (entry) => entry.id === agreement.partnerSignatoryContactId
        )
      : undefined
    await services.documents.sign(
      {
        versionId: version.id,
        place: agreement.place || 'Bordeaux',
        signatures: [
          {
            party: 'la-poste',
            method: 'drawn',
            signerName: agreement.laPosteSignatory.name || 'Signataire La Poste',
            signerTitle: agreement.laPosteSignatory.title,
            imageDataUrl: sampleSignatureDataUrl(row.id)
          },
          {
            party: 'partner',
            method: 'drawn',
            signerName: contact?.name ?? 'Signataire du partenaire',
            signerTitle: contact?.role ?? '',
            imageDataUrl: sampleSignatureDataUrl(row.id + 7)
          }
        ]
      },
      { recordOnSignedAgreement: true }
    )
    signed += 1
  }
  return signed
}
