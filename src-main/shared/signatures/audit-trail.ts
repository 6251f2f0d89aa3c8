import { formatLongDateTime } from '../documents/french-format'
import { frenchTypography as fr } from '../documents/french-typography'
import { SIGNATURE_LEVEL_LABELS, type SignatureLevel } from './signature-level'

export type SigningParty = 'la-poste' | 'partner'

/** One signature as the audit trail records it, before the signature itself is computed. */
export interface AuditEntry {
  /** Null for a signature found in a received file, whose party the file does not say. */
  party: SigningParty | null
  partyName: string
  signerName: string
  signerTitle: string
  /** ISO timestamp, from the signer's computer. */
  signedAt: string
  place: string
  /** How the signer was identified: by which certificate, issued by whom. */
  identification: string
  certificateSubject: string
  certificateFingerprint: string
  level: SignatureLevel
}

/** The audit trail page added to the PDF just before each signature, so that the signature covers it. */
export interface AuditTrail {
  /** « Convention AD-2026-33-0042 » or « Avenant n° 1 à la convention AD-2026-33-0042 ». */
  documentTitle: string
  /** Null for a file received from the other party. */
  version: number | null
  /** SHA-256 of the PDF as issued for signature, before any signature (or of the file as received). */
  documentSha256: string
  /** Whether the fingerprint is the issued document's or a received file's. */
  received?: boolean
  /** Every signature so far, the one being made last. */
  entries: AuditEntry[]
}

export interface AuditLine {
  text: string
  style: 'title' | 'heading' | 'body' | 'small'
}

const PARTY_WORDING: Record<SigningParty, string> = { 'la-poste': 'La Poste', partner: 'le Partenaire' }

export function identificationWording(origin: 'personal' | 'local', issuer: string): string {
  return origin === 'personal'
    ? `certificat personnel du signataire (fichier PKCS#12), émis par ${issuer}`
    : 'certificat local de l’installation, émis sans autorité de certification'
}

function forWhom(entry: AuditEntry): string {
  if (entry.party === null) return 'présente dans le fichier reçu'
  const party = PARTY_WORDING[entry.party]
  return entry.partyName === party ? `pour ${party}` : `pour ${party} (${entry.partyName})`
}

/**
 * A document signed with certificates exists in one electronic original (the paper formula « en deux exemplaires »
 * does not apply): the page every party signs says so, with the place and date of each signature below it.
 */
const ELECTRONIC_ORIGINAL =
  'Document signé électroniquement, en un (1) exemplaire original électronique, ce fichier, dont chaque Partie conserve une copie. Le lieu et la date de chaque signature sont ceux indiqués ci-dessous ; ils prévalent sur la formule de signature imprimée dans le document.'

/** The lines of the audit trail page, in French, from the first signature to the one being made. */
export function auditTrailLines(trail: AuditTrail): AuditLine[] {
  const current = trail.entries.length
  const lines: AuditLine[] = [
    { text: 'Journal de signature électronique', style: 'title' },
    {
      text: fr(
        trail.version === null ? trail.documentTitle : `${trail.documentTitle}, version ${trail.version}`
      ),
      style: 'body'
    },
    {
      text: `Empreinte SHA-256 ${trail.received ? 'du fichier reçu' : 'du document émis pour signature'} : ${trail.documentSha256}`,
      style: 'small'
    },
    { text: fr(ELECTRONIC_ORIGINAL), style: 'body' }
  ]
  trail.entries.forEach((entry, index) => {
    const title = entry.signerTitle.trim() === '' ? '' : `, ${entry.signerTitle.trim()}`
    lines.push(
      { text: fr(`Signature n° ${index + 1} : ${forWhom(entry)}`), style: 'heading' },
      { text: fr(`Signataire : ${entry.signerName}${title}`), style: 'body' },
      {
        text: fr(`Date : ${formatLongDateTime(entry.signedAt)} (horloge de l’ordinateur du signataire)`),
        style: 'body'
      },
      { text: fr(`Lieu : ${entry.place}`), style: 'body' },
      { text: fr(`Identification : ${entry.identification}`), style: 'body' },
      { text: fr(`Certificat : ${entry.certificateSubject}`), style: 'body' },
      { text: `Empreinte SHA-256 du certificat : ${entry.certificateFingerprint}`, style: 'small' },
      { text: fr(`Niveau : ${SIGNATURE_LEVEL_LABELS[entry.level]}`), style: 'body' }
    )
  })
  lines.push({
    text: fr(
      `Cette page fait partie du document signé : la signature n° ${current} couvre le document et ce journal. ` +
        'Toute modification ultérieure du fichier se voit à la vérification de la signature.'
    ),
    style: 'small'
  })
  return lines
}
