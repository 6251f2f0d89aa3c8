import { createHash } from 'node:crypto'
import type { BundleAgreement } from '../../shared/exchange/bundle-manifest.schema'

/** JSON with object keys sorted at every level, so equal data always gives equal text (and equal hashes). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** What an agreement's content hash covers: the same on both installations whatever their local row ids. */
export interface HashedAgreement {
  reference: string
  status: string
  content: BundleAgreement['content']
  domainCodes: readonly string[]
  /** The partner by SIRET, else by name: how the import matches partners. */
  partnerIdentity: string | null
  needTitle: string | null
}

/**
 * SHA-256 of the part of an agreement that both sides may edit. Timestamps, history and the partner's signatory
 * contact are left out: they differ between installations (or are removed by anonymisation) without the agreement
 * itself having changed.
 */
export function agreementContentHash(agreement: HashedAgreement): string {
  return sha256Hex(
    canonicalJson({
      reference: agreement.reference,
      status: agreement.status,
      content: agreement.content,
      domainCodes: [...agreement.domainCodes].sort(),
      partnerIdentity: agreement.partnerIdentity,
      needTitle: agreement.needTitle
    })
  )
}

export function partnerIdentity(partner: { siret: string | null; name: string } | null): string | null {
  if (!partner) return null
  return partner.siret ? `siret:${partner.siret}` : `name:${partner.name.trim().toLowerCase()}`
}
