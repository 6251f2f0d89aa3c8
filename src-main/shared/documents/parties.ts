import { ENGAGEMENTS, LEGAL_FORMS, PARTNERSHIP_TYPES } from '../reference/reference-data'
import { paragraph, type Block, type Party } from './document-model'
import { MISSING, orMissing, type DocumentSources } from './document-sources'
import { groupDigits, NBSP } from './french-format'
import { frenchTypography as fr } from './french-typography'

function formatSiret(siret: string): string {
  return [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)].join(NBSP)
}

function signatoryText(name: string, title: string): string {
  if (name.trim() === '') return MISSING
  return title.trim() === '' ? name : `${name}, ${title}`
}

export function createLaPosteParty({ agreement, settings }: DocumentSources): Party {
  const party = settings.laPosteParty
  const details = [party.registration, `dont le siège est situé ${orMissing(party.address)}`]
  if (party.regionalDirection.trim() !== '')
    details.push(`agissant par sa direction régionale ${party.regionalDirection}`)
  return {
    role: 'la-poste',
    name: orMissing(party.legalName),
    details: details.filter((line) => line.trim() !== '').map(fr),
    representedBy: fr(signatoryText(agreement.laPosteSignatory.name, agreement.laPosteSignatory.title)),
    designation: 'La Poste'
  }
}

export function createPartnerParty({ partner, partnerSignatory }: DocumentSources): Party {
  if (!partner)
    return {
      role: 'partner',
      name: MISSING,
      details: [],
      representedBy: MISSING,
      designation: 'le Partenaire'
    }
  const details = [LEGAL_FORMS.find((form) => form.code === partner.legalForm)?.label ?? '']
  if (partner.siret) details.push(`SIRET ${formatSiret(partner.siret)}`)
  if (partner.rna) details.push(`RNA ${partner.rna}`)
  const cityLine = [partner.postalCode, partner.commune].filter(Boolean).join(' ')
  const address = [partner.addressLine ?? '', cityLine].filter((part) => part !== '').join(', ')
  details.push(`dont le siège est situé ${orMissing(address)}`)
  if (partner.headNetwork) details.push(`membre du réseau ${partner.headNetwork}`)
  return {
    role: 'partner',
    name: fr(partner.name),
    details: details.filter((line) => line !== '').map(fr),
    representedBy: partnerSignatory
      ? fr(signatoryText(partnerSignatory.name, partnerSignatory.role ?? ''))
      : MISSING,
    designation: 'le Partenaire'
  }
}

export function createParties(sources: DocumentSources): Party[] {
  return [createLaPosteParty(sources), createPartnerParty(sources)]
}

function engagementsSentence(): string {
  const labels = ENGAGEMENTS.map(
    (engagement) => engagement.label.charAt(0).toLowerCase() + engagement.label.slice(1)
  )
  return `Ce programme décline quatre engagements de La Poste : ${labels.join(' ; ')}.`
}

/** Alliance Dynamique, the route, the local need, then « Il a été convenu ce qui suit ». */
export function createPreamble({ agreement, partner, need, domainLabels }: DocumentSources): Block[] {
  const blocks: Block[] = [
    paragraph(
      'La Poste conduit depuis 2014 le programme ',
      { text: 'Alliance Dynamique', bold: true },
      fr(
        `, qui réunit une soixantaine de fédérations nationales de l'économie sociale et solidaire et environ ${groupDigits(1500)} partenariats locaux. ${engagementsSentence()}`
      )
    )
  ]
  if (agreement.route === 'national-framework')
    blocks.push(
      paragraph(
        fr(
          `La présente convention est conclue dans le cadre de l'accord national passé entre La Poste et ${orMissing(partner?.headNetwork)}, tête de réseau du Partenaire, qui a orienté La Poste vers celui-ci.`
        )
      )
    )
  else if (agreement.route === 'direct')
    blocks.push(
      paragraph('La présente convention est conclue directement entre La Poste et la structure locale.')
    )
  if (need) {
    const text = need.description.trim()
    const description = text === '' ? '.' : `. ${fr(/[.!?…]$/.test(text) ? text : `${text}.`)}`
    blocks.push(
      paragraph(
        fr(`Elle répond au besoin local suivant, identifié par ${orMissing(need.identifiedBy)} : `),
        { text: fr(`« ${need.title} »`), bold: true },
        description
      )
    )
    const communes = need.communes.map((commune) => `${commune.name} (${commune.postalCode})`)
    if (communes.length > 0) blocks.push(paragraph(fr(`Territoire concerné : ${communes.join(', ')}.`)))
    if (need.targetPublic.trim() !== '') {
      const reached =
        need.peopleReached === null ? '' : `, soit environ ${groupDigits(need.peopleReached)} personnes`
      blocks.push(paragraph(fr(`Public visé : ${need.targetPublic.trim()}${reached}.`)))
    }
  }
  const type = PARTNERSHIP_TYPES.find((entry) => entry.code === agreement.type)
  const domains =
    domainLabels.length > 0 ? `, dans les domaines d'action suivants : ${domainLabels.join(', ')}` : ''
  blocks.push(paragraph(fr(`Le partenariat relève du type « ${orMissing(type?.label)} »${domains}.`)))
  blocks.push(paragraph({ text: fr('Il a été convenu ce qui suit :'), bold: true }))
  return blocks
}
