import type { AppDatabase } from '../../db/schema'
import { ConflictError } from '../../shared/errors'
import type { DocumentVersion } from '../../shared/domain/document'
import type { DocumentTarget } from '../../shared/schemas/document.schema'
import {
  identificationWording,
  type AuditEntry,
  type SigningParty
} from '../../shared/signatures/audit-trail'
import type { CertificateSignatureSummary } from '../../shared/signatures/certificate-summary'
import type { CryptographicSignatureReport } from '../../shared/signatures/signature-report'
import { signatureLevel } from '../../shared/signatures/signature-level'
import type { SignWithCertificateInput } from '../../shared/signatures/signature.schema'
import { sha256 } from '../documents/document-files'
import type { DocumentService } from '../documents/documents.service'
import type { CertificateStore, StoredSigningKey } from './certificate-store'
import { commonName, distinguishedName } from './certificates/certificate-names'
import { openPkcs12 } from './certificates/pkcs12'
import { assessTrust } from './certificates/trust-chain'
import { signDocx } from './docx/ooxml-sign'
import { signPdfWithAuditTrail } from './pdf/pades-sign'
import { signReceivedPdf } from './received-pdf-signing'
import { verifyCryptographicSignatures } from './signature-verifier'
import { auditTrail, documentTitle, partyName } from './signing/audit-entries'
import { firstSignatureBase } from './signing/electronic-original'
import { ALREADY_SIGNED, recordCertificateSignature } from './signing/record-signature'
import { checkSentPrefix, partnerSignatureOf, pdfSentToPartner } from './signing/partner-pdf-check'
import { loadSigningState, type SigningState } from './signing/signing-state'

export interface CertificateSigningDeps {
  db: AppDatabase
  folder: string
  documents: Pick<DocumentService, 'target' | 'exportPdf'>
  certificates: CertificateStore
  now?: () => Date
}

export interface SigningRequest extends DocumentTarget {
  party: SigningParty
  place: string
  /** Empty: the title the agreement names for this party's signatory. */
  signerTitle: string
}

/** Who signs a received PDF, for which party, where. */
export interface ReceivedSigningDetails {
  party: SigningParty
  partyName: string
  place: string
  signerTitle: string
}

const PARTY_WORDING = { 'la-poste': 'La Poste', partner: 'le Partenaire' } as const

function defaultTitle(state: SigningState, party: SigningParty): string {
  const { agreement, partnerSignatory } = state.target.sources
  return party === 'la-poste' ? agreement.laPosteSignatory.title : (partnerSignatory?.role ?? '')
}

/**
 * Signing a document "for signature" with certificates: each party in turn seals the PDF (PAdES, with an audit
 * trail page inside what it signs) and the Word file (OOXML), and both files are recorded as new versions. Once
 * both parties signed, the convention (or the amendment) is signed.
 */
export function createCertificateSigningService({
  db,
  folder,
  documents,
  certificates,
  now = () => new Date()
}: CertificateSigningDeps) {
  /** One signing at a time per agreement in this process: a double click waits, then finds the signature made. */
  const signingNow = new Map<number, Promise<unknown>>()
  function oneAtATime<T>(agreementId: number, task: () => Promise<T>): Promise<T> {
    const previous = signingNow.get(agreementId) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => undefined)
    signingNow.set(agreementId, settled)
    void settled.then(() => {
      if (signingNow.get(agreementId) === settled) signingNow.delete(agreementId)
    })
    return next
  }

  function signWith(request: SigningRequest, key: StoredSigningKey): Promise<DocumentVersion[]> {
    return oneAtATime(request.agreementId, () => signNow(request, key))
  }

  async function signNow(request: SigningRequest, key: StoredSigningKey): Promise<DocumentVersion[]> {
    const loaded = await loadSigningState(db, folder, documents, request)
    if (loaded.done.some((row) => row.party === request.party))
      throw new ConflictError(ALREADY_SIGNED[request.party])
    const { state, pdf: basePdf } = loaded.lastPdf
      ? { state: loaded, pdf: loaded.lastPdf }
      : await firstSignatureBase(db, folder, documents, loaded, now().toISOString())
    const documentSha256 = state.done[0]?.document_sha256 ?? sha256(basePdf)
    const signedAt = now()
    const trust = assessTrust(key.certificate, key.chain, await certificates.anchors(), signedAt)
    const entry: AuditEntry = {
      party: request.party,
      partyName: partyName(state, request.party),
      signerName: commonName(key.certificate.subject),
      signerTitle: request.signerTitle.trim() || defaultTitle(state, request.party),
      signedAt: signedAt.toISOString(),
      place: request.place.trim(),
      identification: identificationWording(key.origin, commonName(key.certificate.issuer)),
      certificateSubject: distinguishedName(key.certificate.subject),
      certificateFingerprint: key.certificate.fingerprint256,
      level: signatureLevel(trust)
    }
    const reason = `Signature de : ${documentTitle(state)}, pour ${PARTY_WORDING[request.party]}`
    const pdf = await signPdfWithAuditTrail({
      pdf: basePdf,
      key,
      trail: auditTrail(state, documentSha256, entry),
      fieldName: `Signature ${state.done.length + 1} (${PARTY_WORDING[request.party]})`,
      reason,
      place: entry.place,
      signedAt
    })
    const docx = signDocx({ docx: state.docx, key, signedAt, comments: reason })
    return recordCertificateSignature(
      db,
      folder,
      state,
      { pdf, docx },
      {
        party: request.party,
        party_name: entry.partyName,
        signer_name: entry.signerName,
        signer_title: entry.signerTitle,
        place: entry.place,
        signed_at: entry.signedAt,
        identification: entry.identification,
        certificate_subject: entry.certificateSubject,
        certificate_fingerprint: entry.certificateFingerprint,
        level: entry.level,
        document_sha256: documentSha256,
        imported_from: null
      },
      signedAt.toISOString()
    )
  }

  /** With a certificate stored on this installation (Settings › Certificats). */
  async function sign(input: SignWithCertificateInput): Promise<DocumentVersion[]> {
    const key = await certificates.signingKey(input.certificateId, input.passphrase)
    return signWith(input, key)
  }

  /** With a PKCS#12 file given for this signature only (command line): nothing of it is stored. */
  async function signWithPkcs12(request: SigningRequest, p12: Uint8Array, passphrase: string) {
    return signWith(request, { ...openPkcs12(p12, passphrase), origin: 'personal' })
  }

  async function verify(bytes: Uint8Array): Promise<CryptographicSignatureReport[]> {
    return verifyCryptographicSignatures(bytes, await certificates.anchors())
  }

  /**
   * The PDF signed by La Poste, come back with the partner's signature added by their own software: it must be
   * exactly the file La Poste signed, followed by one more valid signature that covers the whole file.
   */
  async function recordPartnerPdf(
    target: DocumentTarget,
    fileName: string,
    bytes: Buffer
  ): Promise<DocumentVersion[]> {
    const state = await loadSigningState(db, folder, documents, target)
    if (state.done.some((row) => row.party === 'partner')) throw new ConflictError(ALREADY_SIGNED.partner)
    const sent = pdfSentToPartner(state)
    checkSentPrefix(sent, bytes)
    const added = partnerSignatureOf(state, await verify(bytes))
    const at = now().toISOString()
    return recordCertificateSignature(
      db,
      folder,
      state,
      { pdf: bytes, docx: null },
      {
        party: 'partner',
        party_name: partyName(state, 'partner'),
        signer_name: added.signerName,
        signer_title: defaultTitle(state, 'partner'),
        place: added.place ?? '',
        signed_at: added.signedAt ?? at,
        identification: `signature ajoutée par le Partenaire avec son propre logiciel, certificat émis par ${added.issuer}`,
        certificate_subject: added.subject,
        certificate_fingerprint: added.certificateFingerprint,
        level: added.level ?? 'simple',
        document_sha256: state.done[0]?.document_sha256 ?? sha256(sent),
        imported_from: fileName
      },
      at
    )
  }

  /** Every certificate signature of an agreement and of its amendments, in order. */
  async function list(agreementId: number): Promise<CertificateSignatureSummary[]> {
    const rows = await db
      .selectFrom('certificate_signatures')
      .selectAll()
      .where('agreement_id', '=', agreementId)
      .orderBy('id')
      .execute()
    return rows.map((row) => ({
      id: row.id,
      amendmentId: row.amendment_id,
      sourceVersionId: row.source_version_id,
      party: row.party,
      signerName: row.signer_name,
      signerTitle: row.signer_title,
      place: row.place,
      signedAt: row.signed_at,
      level: row.level,
      receivedIn: row.imported_from
    }))
  }

  /**
   * On the other party's installation: signs a PDF received from La Poste (or from the partner) with the given key,
   * after checking its signatures; nothing is recorded here, the signed file is given back to send.
   */
  async function signReceivedWith(
    pdf: Buffer,
    fileName: string,
    request: ReceivedSigningDetails,
    key: StoredSigningKey
  ): Promise<Uint8Array> {
    return signReceivedPdf({
      pdf,
      fileName,
      key,
      ...request,
      signedAt: now(),
      anchors: await certificates.anchors()
    })
  }

  /** The same with a PKCS#12 file given for this signature only (command line): nothing of it is stored. */
  function signReceived(
    pdf: Buffer,
    fileName: string,
    request: ReceivedSigningDetails,
    p12: Uint8Array,
    passphrase: string
  ): Promise<Uint8Array> {
    return signReceivedWith(pdf, fileName, request, { ...openPkcs12(p12, passphrase), origin: 'personal' })
  }

  return { sign, signWithPkcs12, verify, recordPartnerPdf, list, signReceived, signReceivedWith }
}

export type CertificateSigningService = ReturnType<typeof createCertificateSigningService>
