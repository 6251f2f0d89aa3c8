import { LEGAL_FORMS, ASSOCIATION_LEGAL_FORMS, COMPANY_LEGAL_FORMS } from '../reference/reference-data'
import type { Contact, Partner } from '../domain/partner'
import type { LaPosteParty } from '../schemas/settings.schema'
import type { Party } from './document-model'
import { MISSING, orMissing, type DocumentSources } from './document-sources'
import { formatAmount, formatLongDate, NBSP } from './french-format'
import { frenchTypography as fr } from './french-typography'
import { partnerStatusWording } from './partner-status-wording'
import { lowerFirst } from './preamble'

/** The parties block (LEGAL.md §1): each party as the legal person that contracts, with who binds it and how. */

function formatSiret(siret: string): string {
  return [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)].join(NBSP)
}

function formatSiren(siret: string): string {
  return [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9)].join(NBSP)
}

/** « Claire Martin, en sa qualité de directrice régionale, dûment habilitée en vertu d’une délégation … ». */
export function capacityText(name: string, title: string, authority: string): string {
  if (name.trim() === '') return MISSING
  const capacity = title.trim() === '' ? MISSING : lowerFirst(title.trim())
  return `${name.trim()}, en sa qualité de ${capacity}, ${authority}`
}

function euros(figures: string): string {
  const digits = figures.replace(/\D/g, '')
  if (digits === '') return MISSING
  return formatAmount(Number(digits) * 100).replace(/,00(?=\u00a0€)/, '')
}

export function createLaPosteParty(party: LaPosteParty, signatory: { name: string; title: string }): Party {
  // Capital and direction come from Settings; until they are filled in, the block says what it knows (the signing
  // gate is where a missing Settings value should stop a signature).
  const capital =
    party.shareCapitalEuros.replace(/\D/g, '') === ''
      ? ''
      : ` au capital de ${euros(party.shareCapitalEuros)}`
  const details = [
    `${party.legalForm.trim() || 'société anonyme'}${capital}`,
    `immatriculée au registre du commerce et des sociétés de ${orMissing(party.rcsCity)} sous le numéro ${orMissing(party.rcsNumber)}`,
    `dont le siège social est situé ${orMissing(party.address)}`,
    party.regionalDirection.trim() === '' ? '' : `agissant par sa ${party.regionalDirection.trim()}`
  ].filter((line) => line !== '')
  const delegation =
    party.delegationDate === ''
      ? 'dûment habilité(e) en vertu d’une délégation de pouvoirs'
      : `dûment habilité(e) en vertu d’une délégation de pouvoirs du ${formatLongDate(party.delegationDate)}`
  return {
    role: 'la-poste',
    name: orMissing(party.legalName),
    details: details.map(fr),
    representedBy: fr(capacityText(signatory.name, signatory.title, delegation)),
    designation: 'La Poste',
    closing: 'd’une part,'
  }
}

function legalFormText(partner: Partner): string {
  const label = LEGAL_FORMS.find((form) => form.code === partner.legalForm)?.label ?? ''
  if (partner.legalForm === 'association-1901') return 'association régie par la loi du 1er juillet 1901'
  if (partner.legalForm === 'other' || label === '') return ''
  return label.charAt(0).toLowerCase() + label.slice(1)
}

function registrationLines(partner: Partner): string[] {
  const lines: string[] = []
  if (COMPANY_LEGAL_FORMS.has(partner.legalForm)) {
    if (partner.shareCapitalCents !== null)
      lines.push(`au capital de ${formatAmount(partner.shareCapitalCents)}`)
    lines.push(
      partner.siret
        ? `immatriculée au registre du commerce et des sociétés de ${orMissing(partner.rcsCity)} sous le numéro ${formatSiren(partner.siret)}`
        : `immatriculée au registre du commerce et des sociétés de ${orMissing(partner.rcsCity)} sous le numéro ${MISSING}`
    )
  } else if (ASSOCIATION_LEGAL_FORMS.has(partner.legalForm)) {
    // An association registered before the RNA existed (or in Alsace-Moselle) may have none: its SIRET identifies it.
    if (partner.rna || !partner.siret)
      lines.push(`inscrite au répertoire national des associations sous le numéro ${orMissing(partner.rna)}`)
    if (partner.siret) lines.push(`SIRET ${formatSiret(partner.siret)}`)
  } else if (partner.siret) lines.push(`SIRET ${formatSiret(partner.siret)}`)
  return lines
}

export function createPartnerParty(partner: Partner | null, signatory: Contact | null): Party {
  const closing = 'd’autre part,'
  if (!partner)
    return {
      role: 'partner',
      name: MISSING,
      details: [],
      representedBy: MISSING,
      designation: 'le Partenaire',
      closing
    }
  const isEsat = partner.statuses.includes('esat')
  const cityLine = [partner.postalCode, partner.commune].filter(Boolean).join(' ')
  const address = [partner.addressLine ?? '', cityLine].filter((part) => part !== '').join(', ')
  const details = [
    legalFormText(partner),
    ...registrationLines(partner),
    `dont le siège est situé ${orMissing(address)}`,
    ...(isEsat
      ? [
          `agissant pour le compte de son établissement et service d’aide par le travail (ESAT) « ${partner.name} »`
        ]
      : []),
    partnerStatusWording(partner),
    partner.headNetwork ? `membre de ${partner.headNetwork}` : ''
  ]
  return {
    role: 'partner',
    name: fr(isEsat ? orMissing(partner.managingBodyName) : partner.name),
    details: details.filter((line) => line.trim() !== '').map(fr),
    representedBy: signatory
      ? fr(capacityText(signatory.name, signatory.role ?? '', 'dûment habilité(e) à l’effet des présentes'))
      : MISSING,
    designation: 'le Partenaire',
    closing
  }
}

export function createParties({ agreement, partner, settings, partnerSignatory }: DocumentSources): Party[] {
  return [
    createLaPosteParty(settings.laPosteParty, agreement.laPosteSignatory),
    createPartnerParty(partner, partnerSignatory)
  ]
}

export const PARTIES_NOTE = fr(
  'ci-après dénommées ensemble « les Parties » et individuellement « une Partie ».'
)
