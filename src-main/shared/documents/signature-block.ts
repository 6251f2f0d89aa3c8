import type {
  CertificateEntry,
  Party,
  SignatureBlock,
  SignatureCertificate,
  SignatureColumn,
  SignatureImage
} from './document-model'
import { MISSING } from './document-sources'
import { formatLongDate, formatLongDateTime } from './french-format'
import { frenchTypography as fr } from './french-typography'

export type SignatureMethod = 'drawn' | 'scanned'

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
  scanned: 'copie papier signée, numérisée et jointe'
}

const BLANK = '………………………'

export function createSignatureBlock(
  parties: readonly Party[],
  signatories: ReadonlyArray<{ name: string; title: string }>,
  place: string,
  signing?: SigningRecord
): SignatureBlock {
  const lastSignature = signing?.signatures
    .map((signature) => signature.signedAt)
    .sort()
    .at(-1)
  const where = place.trim() === '' ? (signing?.signatures[0]?.place ?? '') : place.trim()
  const date = lastSignature ? formatLongDate(toLocalIsoDate(lastSignature)) : BLANK
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
    if (signature) column.signedAtText = `Signé le ${formatLongDateTime(signature.signedAt)}`
    return column
  })
  return {
    madeAt: fr(`Fait à ${where === '' ? BLANK : where}, le ${date}, en deux exemplaires originaux.`),
    columns
  }
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
      "Ce certificat atteste que les signataires ci-dessous ont signé la version du document identifiée par l'empreinte SHA-256 suivante. Toute modification de cette version change son empreinte."
    ),
    signedDocumentFingerprint: signing.signedDocumentSha256,
    entries
  }
}
