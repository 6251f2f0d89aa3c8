import type { BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { cleanName, cleanText } from '../../shared/text/display-text'

function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map(cleanStrings) as T
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)])) as T
  return value
}

/**
 * The manifest as the import stores and shows it: control and bidirectional characters removed from every text
 * (line breaks kept where text may span lines), and every name on one line. Runs after the content hashes were
 * checked against the raw text.
 */
export function cleanManifestText(raw: BundleManifest): BundleManifest {
  const manifest = cleanStrings(raw)
  const { exportedBy } = manifest
  return {
    ...manifest,
    exportedBy: {
      name: cleanName(exportedBy.name),
      email: cleanName(exportedBy.email),
      region: cleanName(exportedBy.region),
      department: cleanName(exportedBy.department)
    },
    selection: cleanName(manifest.selection),
    domains: manifest.domains.map((domain) => ({ ...domain, label: cleanName(domain.label) })),
    partners: manifest.partners.map((partner) => ({
      ...partner,
      name: cleanName(partner.name),
      commune: partner.commune === null ? null : cleanName(partner.commune),
      headNetwork: partner.headNetwork === null ? null : cleanName(partner.headNetwork),
      contacts: partner.contacts.map((contact) => ({
        ...contact,
        name: cleanName(contact.name),
        role: contact.role === null ? null : cleanName(contact.role)
      }))
    })),
    needs: manifest.needs.map((need) => ({
      ...need,
      title: cleanName(need.title),
      communes: need.communes.map((commune) => ({ ...commune, communeName: cleanName(commune.communeName) }))
    })),
    agreements: manifest.agreements.map((agreement) => ({
      ...agreement,
      partnerSignatoryName:
        agreement.partnerSignatoryName === null ? null : cleanName(agreement.partnerSignatoryName),
      content: {
        ...agreement.content,
        title: cleanName(agreement.content.title),
        place: cleanName(agreement.content.place),
        laPosteSignatory: {
          ...agreement.content.laPosteSignatory,
          name: cleanName(agreement.content.laPosteSignatory.name),
          title: cleanName(agreement.content.laPosteSignatory.title)
        }
      },
      signatures: agreement.signatures.map((signature) => ({
        ...signature,
        signerName: cleanName(signature.signerName),
        signerTitle: cleanName(signature.signerTitle),
        place: cleanName(signature.place)
      }))
    }))
  }
}
