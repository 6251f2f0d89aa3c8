import { createHash } from 'node:crypto'
import { PDF } from '@libpdf/core'
import { ValidationError } from '../../shared/errors'
import {
  identificationWording,
  type AuditEntry,
  type SigningParty
} from '../../shared/signatures/audit-trail'
import { signatureLevel } from '../../shared/signatures/signature-level'
import type { StoredSigningKey } from './certificate-store'
import { commonName, distinguishedName } from './certificates/certificate-names'
import { assessTrust } from './certificates/trust-chain'
import { signPdfWithAuditTrail } from './pdf/pades-sign'
import { verifyCryptographicSignatures } from './signature-verifier'
import type { X509Certificate } from 'node:crypto'

export interface ReceivedPdfRequest {
  pdf: Buffer
  fileName: string
  key: StoredSigningKey
  party: SigningParty
  partyName: string
  signerTitle: string
  place: string
  signedAt: Date
  anchors: readonly X509Certificate[]
}

async function readableTitle(pdf: Buffer): Promise<string> {
  try {
    return (await PDF.load(pdf)).getTitle()?.trim() ?? ''
  } catch {
    throw new ValidationError('Ce fichier n’est pas un PDF lisible.', { file: 'PDF illisible.' })
  }
}

/**
 * Signs a PDF received from the other party (the convention La Poste signed, on the partner's installation): its
 * signatures must all hold first; they are listed in the audit trail page added before this signature.
 */
export async function signReceivedPdf(request: ReceivedPdfRequest): Promise<Uint8Array> {
  const reports = await verifyCryptographicSignatures(request.pdf, request.anchors)
  const broken = reports.find((report) => !report.valid)
  if (broken)
    throw new ValidationError(`Ce PDF ne peut pas être signé : ${broken.message}`, {
      file: 'Signature existante invalide.'
    })
  const earlier: AuditEntry[] = reports.map((report) => ({
    party: null,
    partyName: '',
    signerName: report.signerName,
    signerTitle: '',
    signedAt: report.signedAt ?? request.signedAt.toISOString(),
    place: report.place ?? '',
    identification: `signature vérifiée à réception, certificat émis par ${/CN=([^,]+)/.exec(report.issuer)?.[1] ?? report.issuer}`,
    certificateSubject: report.subject,
    certificateFingerprint: report.certificateFingerprint,
    level: report.level ?? 'simple'
  }))
  const { key } = request
  const trust = assessTrust(key.certificate, key.chain, request.anchors, request.signedAt)
  const title = (await readableTitle(request.pdf)) || request.fileName
  return signPdfWithAuditTrail({
    pdf: request.pdf,
    key,
    trail: {
      documentTitle: title,
      version: null,
      documentSha256: createHash('sha256').update(request.pdf).digest('hex'),
      received: true,
      entries: [
        ...earlier,
        {
          party: request.party,
          partyName: request.partyName,
          signerName: commonName(key.certificate.subject),
          signerTitle: request.signerTitle,
          signedAt: request.signedAt.toISOString(),
          place: request.place,
          identification: identificationWording(key.origin, commonName(key.certificate.issuer)),
          certificateSubject: distinguishedName(key.certificate.subject),
          certificateFingerprint: key.certificate.fingerprint256,
          level: signatureLevel(trust)
        }
      ]
    },
    fieldName: `Signature ${reports.length + 1}`,
    reason: `Signature de ${title}`,
    place: request.place,
    signedAt: request.signedAt
  })
}
