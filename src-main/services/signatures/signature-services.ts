import type { AppDatabase } from '../../db/schema'
import type { DocumentService } from '../documents/documents.service'
import { createCertificateSigningService } from './certificate-signing.service'
import { createCertificateStore } from './certificate-store'
import { NO_KEY_SEALER, type KeySealer } from './key-sealer'
import type { SignReceivedInput } from '../../shared/signatures/signature.schema'
import { signReceivedConvention, type SignReceivedRequest } from './received-pdf-record'

export interface SignatureServicesDeps {
  db: AppDatabase
  documentsFolder: string
  documents: Pick<DocumentService, 'target' | 'exportPdf'>
  /** The operating system's key protection: Electron's safeStorage in the app, none in the CLI and tests. */
  sealer?: KeySealer
  now?: () => Date
}

/** Certificates, cryptographic signing of conventions, and verification of signed files. */
export function createSignatureServices({
  db,
  documentsFolder,
  documents,
  sealer = NO_KEY_SEALER,
  now
}: SignatureServicesDeps) {
  const withNow = now ? { now } : {}
  const certificates = createCertificateStore({ db, sealer, ...withNow })
  const signing = createCertificateSigningService({
    db,
    folder: documentsFolder,
    documents,
    certificates,
    ...withNow
  })
  const clock = now ?? (() => new Date())
  /**
   * On the partner's installation: signs the PDF La Poste signed, received in a bundle, and records it to send
   * back — with a PKCS#12 file given for this signature only (command line)…
   */
  const signReceivedHere = (request: SignReceivedRequest & { p12: Uint8Array; passphrase: string }) =>
    signReceivedConvention(
      db,
      documentsFolder,
      request,
      (pdf, fileName, details) =>
        signing.signReceived(pdf, fileName, details, request.p12, request.passphrase),
      clock
    )
  /** …or with a certificate stored on this installation (the app). */
  const signReceivedWithCertificate = (input: SignReceivedInput) =>
    signReceivedConvention(
      db,
      documentsFolder,
      input,
      async (pdf, fileName, details) =>
        signing.signReceivedWith(
          pdf,
          fileName,
          details,
          await certificates.signingKey(input.certificateId, input.passphrase)
        ),
      clock
    )
  return { certificates, signing, signReceivedHere, signReceivedWithCertificate }
}

export type SignatureServices = ReturnType<typeof createSignatureServices>
