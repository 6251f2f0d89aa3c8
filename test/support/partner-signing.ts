import type { AppServices } from '../../src-main/services/app-services'
import { EXPORTING_COORDINATOR } from './agreement-fixtures'
import { readyAgreement } from './document-fixtures'
import { storeTestCertificate, type TestCa } from './test-ca'

/**
 * La Poste's side of a convention the partner signs on their own installation: a ready convention, signed with La
 * Poste's certificate (stored under `passphrase`) at Bordeaux, then exported in an exchange file at `bundlePath`.
 */
export async function signedAndSentByLaPoste(
  laPoste: AppServices,
  ca: TestCa,
  passphrase: string,
  bundlePath: string
): Promise<{ id: number; reference: string }> {
  await laPoste.settings.update({ coordinator: EXPORTING_COORDINATOR })
  const certificateId = await storeTestCertificate(
    laPoste.signatures.certificates,
    ca,
    ca.laPoste,
    passphrase
  )
  const agreement = await readyAgreement(laPoste, 'economic-cooperation')
  await laPoste.documents.generate({ agreementId: agreement.id })
  await laPoste.signatures.signing.sign({
    agreementId: agreement.id,
    party: 'la-poste',
    certificateId,
    passphrase,
    signerTitle: '',
    place: 'Bordeaux'
  })
  await laPoste.exchange.export({ selection: { kind: 'all' }, filePath: bundlePath })
  return { id: agreement.id, reference: agreement.reference }
}
