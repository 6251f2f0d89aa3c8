import type {
  CertificateEntry,
  Party,
  SignatureBlock,
  SignatureCertificate,
  SignatureColumn,
  SignatureImage
} from './document-model'
import type { ClauseSource } from './clause-library/clause-definition'
import type { SignatureMode as FormulaMode } from './clause-library/convention-facts'
import { MISSING } from './document-sources'
import { formatLongDate, formatLongDateTime } from './french-format'
import { frenchTypography as fr } from './french-typography'

export type SignatureMethod = 'drawn' | 'typed' | 'scanned'

/** One recorded signature, as the model needs it. */
export interface SignatureEvidence {
  party: Party['role']
  signerName: string
  signerTitle: string
  /** ISO timestamp. */
  signedAt: string
  place: string
  method: SignatureMethod
  image?: SignatureImage
}

/** What a signed version adds: the signatures and the fingerprint of the version they apply to. */
export interface SigningRecord {
  signatures: SignatureEvidence[]
  signedDocumentSha256: string
}

export const SIGNATURE_METHOD_WORDING: Record<SignatureMethod, string> = {
  drawn: 'signature manuscrite tracée dans l’application',
  typed: 'signature saisie au clavier : nom tapé par le signataire dans l’application, sans tracé manuscrit',
  scanned: 'copie papier signée, numérisée et jointe'
}

/** How a convention is signed, told by its signature records: drawn or typed in the app is one electronic original. */
export function signatureMode(signing?: SigningRecord): FormulaMode {
  if (!signing || signing.signatures.length === 0) return 'paper-unsigned'
  return signing.signatures.some((signature) => signature.method !== 'scanned')
    ? 'electronic'
    : 'paper-signed'
}

/** Place and date printed in the paper formula: from the records once signed, else the agreement's place. */
export function signaturePlaceAndDate(
  place: string,
  signing?: SigningRecord
): { place?: string; date?: string } {
  const last = signing?.signatures
    .map((signature) => signature.signedAt)
    .sort()
    .at(-1)
  const recordedPlace = signing?.signatures.find((signature) => signature.place.trim() !== '')?.place
  const where = recordedPlace ?? (place.trim() === '' ? undefined : place.trim())
  return {
    ...(where ? { place: where } : {}),
    ...(last ? { date: formatLongDate(toLocalIsoDate(last)) } : {})
  }
}

/**
 * The signature block: the formula (from the clause library, electronic or paper) and one column per party. Each
 * signed column says where and when its own signer signed, as the certificate page does, so the two never differ.
 */
export function createSignatureBlock(
  parties: readonly Party[],
  signatories: ReadonlyArray<{ name: string; title: string }>,
  formula: { text: string; source?: ClauseSource },
  signing?: SigningRecord
): SignatureBlock {
  const columns = parties.map((party, index): SignatureColumn => {
    const signatory = signatories[index] ?? { name: '', title: '' }
    const signature = signing?.signatures.find((entry) => entry.party === party.role)
    const column: SignatureColumn = {
      party: party.role,
      partyName: party.name,
      signerName: fr(signature?.signerName ?? (signatory.name.trim() === '' ? MISSING : signatory.name)),
      signerTitle: fr(signature?.signerTitle ?? signatory.title)
    }
    if (signature?.image) column.image = signature.image
    if (signature)
      column.signedAtText = fr(
        `Signé à ${signature.place.trim() === '' ? MISSING : signature.place.trim()}, le ${formatLongDateTime(signature.signedAt)}`
      )
    return column
  })
  return { madeAt: formula.text, columns, ...(formula.source ? { source: formula.source } : {}) }
}

function toLocalIsoDate(isoTimestamp: string): string {
  const date = new Date(isoTimestamp)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function createCertificate(parties: readonly Party[], signing: SigningRecord): SignatureCertificate {
  const entries = signing.signatures.map((signature): CertificateEntry => ({
    signerName: fr(
      signature.signerTitle.trim() === ''
        ? signature.signerName
        : `${signature.signerName}, ${signature.signerTitle}`
    ),
    partyName: parties.find((party) => party.role === signature.party)?.name ?? MISSING,
    signedAtText: formatLongDateTime(signature.signedAt),
    placeText: fr(signature.place.trim() === '' ? MISSING : signature.place.trim()),
    methodText: SIGNATURE_METHOD_WORDING[signature.method]
  }))
  return {
    title: 'Certificat de signature',
    intro: fr(
      "Ce certificat récapitule les signatures enregistrées par l'application sur la version du document identifiée par l'empreinte SHA-256 suivante ; toute modification de cette version change son empreinte. Une signature tracée dans l'application est une signature électronique simple au sens de l'article 1367 du code civil."
    ),
    signedDocumentFingerprint: signing.signedDocumentSha256,
    entries
  }
}
