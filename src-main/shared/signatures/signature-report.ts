import type { CertificateTrust, SignatureLevel } from './signature-level'
import { SIGNATURE_LEVEL_LABELS } from './signature-level'

/** Why a signature does not hold, in the user's words. */
export type SignatureDefect =
  /** The bytes it covers changed after signing. */
  | 'altered'
  /** The signature value does not match the signer's key. */
  | 'bad-signature'
  /** The file was changed after its last signature (PDF: bytes appended outside every signed range). */
  | 'changed-after-signing'
  /** A part of the Word package is not covered by the signature (added or swapped after signing). */
  | 'unsigned-part'
  /** The signature cannot be read at all. */
  | 'unreadable'

/** One cryptographic signature found in a PDF or a DOCX, checked. */
export interface CryptographicSignatureReport {
  format: 'pdf' | 'docx'
  /** 1 for the first signature of the file. */
  index: number
  valid: boolean
  defect: SignatureDefect | null
  /** Certificate common name, or « signataire inconnu » when unreadable. */
  signerName: string
  subject: string
  issuer: string
  certificateFingerprint: string
  /** The time the signer's computer claimed (no timestamp authority: B-B level). */
  signedAt: string | null
  /** Place and reason as written in the signature, when the format carries them. */
  place: string | null
  reason: string | null
  trust: CertificateTrust
  /** Null when the signature is not valid: a broken signature reaches no level. */
  level: SignatureLevel | null
  /** One French sentence. */
  message: string
}

const DEFECT_WORDING: Record<SignatureDefect, string> = {
  altered: 'le contenu signé a été modifié depuis la signature',
  'bad-signature': 'la valeur de signature ne correspond pas au certificat du signataire',
  'changed-after-signing': 'le fichier a été modifié après la dernière signature',
  'unsigned-part': 'le fichier contient des éléments que la signature ne couvre pas',
  unreadable: 'la signature est illisible'
}

const TRUST_WORDING: Record<CertificateTrust, string> = {
  trusted: 'certificat émis par une autorité reconnue par cette installation',
  local: 'certificat local, sans autorité de certification',
  untrusted: 'certificat d’une autorité que cette installation ne reconnaît pas'
}

/** « Signature n° 1 de Claire Martin : valide, signature avancée (certificat émis par …). » */
export function describeSignature(
  report: Pick<CryptographicSignatureReport, 'index' | 'signerName' | 'defect' | 'trust' | 'level'>
): string {
  const who = `Signature n° ${report.index} de ${report.signerName}`
  if (report.defect !== null || report.level === null)
    return `${who} : invalide, ${DEFECT_WORDING[report.defect ?? 'unreadable']}.`
  return `${who} : valide, ${SIGNATURE_LEVEL_LABELS[report.level]} (${TRUST_WORDING[report.trust]}).`
}
