import { emptyPartnerInput, type PartnerInput } from '../../src-main/shared/schemas/partner.schema'

/** A partner with one contact, valid without a postal code (no commune list to load). */
export function partnerWithContact(name: string, email: string): PartnerInput {
  return {
    ...emptyPartnerInput(),
    name,
    legalForm: 'association-1901',
    contacts: [{ name: 'Camille Durand', role: 'Présidente', email, phone: '05 56 00 00 00', maySign: true }]
  }
}
