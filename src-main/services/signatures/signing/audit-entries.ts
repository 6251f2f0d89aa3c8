import type { CertificateSignatureRow } from '../../../db/tables/signature.table'
import type { AuditEntry, AuditTrail, SigningParty } from '../../../shared/signatures/audit-trail'
import type { SigningState } from './signing-state'

export function entryOf(row: CertificateSignatureRow): AuditEntry {
  return {
    party: row.party,
    partyName: row.party_name,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signedAt: row.signed_at,
    place: row.place,
    identification: row.identification,
    certificateSubject: row.certificate_subject,
    certificateFingerprint: row.certificate_fingerprint,
    level: row.level
  }
}

/** « Convention AD-2026-33-0042 — Relais Poste ESS » or « Avenant n° 1 à la convention AD-2026-33-0042 ». */
export function documentTitle(state: SigningState): string {
  const { agreement } = state.target.sources
  if (state.target.amendment)
    return `Avenant n° ${state.target.amendment.number} à la convention ${agreement.reference}`
  return agreement.title.trim() === ''
    ? `Convention ${agreement.reference}`
    : `Convention ${agreement.reference} — ${agreement.title.trim()}`
}

export function partyName(state: SigningState, party: SigningParty): string {
  const { settings, partner } = state.target.sources
  return party === 'la-poste'
    ? settings.laPosteParty.legalName || 'La Poste'
    : (partner?.name ?? 'le Partenaire')
}

export function auditTrail(state: SigningState, documentSha256: string, entry: AuditEntry): AuditTrail {
  return {
    documentTitle: documentTitle(state),
    version: state.source.version,
    documentSha256,
    entries: [...state.done.map(entryOf), entry]
  }
}
