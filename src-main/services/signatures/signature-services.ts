import type { AppDatabase } from '../../db/schema'
import type { DocumentService } from '../documents/documents.service'
import { createCertificateSigningService } from './certificate-signing.service'
import { createCertificateStore } from './certificate-store'
import { NO_KEY_SEALER, type KeySealer } from './key-sealer'
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
  /** On the partner's installation: signs the PDF La Poste signed, received in a bundle, and records it to send back. */
  const signReceivedHere = (request: SignReceivedRequest) =>
    signReceivedConvention(db, documentsFolder, signing, request, now ?? (() => new Date()))
  return { certificates, signing, signReceivedHere }
}

export type SignatureServices = ReturnType<typeof createSignatureServices>
