import type { Partner } from '@shared/domain/partner'
import { emptyPartnerInput, type PartnerInput } from '@shared/schemas/partner.schema'
import { formatFrenchPhone } from '@shared/validation/phone'

/** The form's values for an existing partner (NULLs become empty fields). */
export function partnerToFormValues(partner: Partner | undefined): PartnerInput {
  if (!partner) return emptyPartnerInput()
  return {
    name: partner.name,
    legalForm: partner.legalForm,
    statuses: partner.statuses,
    managingBodyName: partner.managingBodyName ?? '',
    shareCapitalCents: partner.shareCapitalCents,
    rcsCity: partner.rcsCity ?? '',
    siret: partner.siret ?? '',
    rna: partner.rna ?? '',
    addressLine: partner.addressLine ?? '',
    postalCode: partner.postalCode ?? '',
    commune: partner.commune ?? '',
    headNetworkId: partner.headNetworkId,
    labelled: partner.labelled,
    generalInterest: partner.generalInterest,
    contacts: partner.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ? formatFrenchPhone(contact.phone) : '',
      maySign: contact.maySign
    }))
  }
}
