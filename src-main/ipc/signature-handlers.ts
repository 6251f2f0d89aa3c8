import type { SignatureServices } from '../services/signatures/signature-services'
import type { Handlers } from './handlers'

type SignatureChannel =
  | 'certificates:overview'
  | 'certificates:importPkcs12'
  | 'certificates:issueLocal'
  | 'certificates:remove'
  | 'certificates:addAuthority'
  | 'certificates:removeAuthority'
  | 'signatures:sign'
  | 'signatures:recordPartnerPdf'
  | 'signatures:list'
  | 'signatures:signReceived'

/** Certificates and cryptographic signatures: keys are opened in main, for one signature, never sent anywhere. */
export function createSignatureHandlers({
  certificates,
  signing,
  signReceivedWithCertificate
}: SignatureServices): Pick<Handlers, SignatureChannel> {
  return {
    'certificates:overview': () => certificates.overview(),
    'certificates:importPkcs12': (input) => certificates.importPkcs12(input),
    'certificates:issueLocal': (input) => certificates.issueLocal(input),
    'certificates:remove': ({ id }) => certificates.remove(id),
    'certificates:addAuthority': (input) => certificates.addAuthority(input),
    'certificates:removeAuthority': ({ id }) => certificates.removeAuthority(id),
    'signatures:sign': (input) => signing.sign(input),
    'signatures:recordPartnerPdf': ({ agreementId, amendmentId = null, fileName, dataBase64 }) =>
      signing.recordPartnerPdf({ agreementId, amendmentId }, fileName, Buffer.from(dataBase64, 'base64')),
    'signatures:list': ({ agreementId }) => signing.list(agreementId),
    'signatures:signReceived': (input) => signReceivedWithCertificate(input)
  }
}
