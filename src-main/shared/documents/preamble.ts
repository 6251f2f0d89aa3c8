import { ENGAGEMENTS, PARTNERSHIP_TYPES } from '../reference/reference-data'
import { paragraph, type Block } from './document-model'
import { orMissing, type DocumentSources } from './document-sources'
import { groupDigits } from './french-format'
import { frenchTypography as fr } from './french-typography'

function engagementsSentence(): string {
  const labels = ENGAGEMENTS.map(
    (engagement) => engagement.label.charAt(0).toLowerCase() + engagement.label.slice(1)
  )
  return `Ce programme décline quatre engagements de La Poste : ${labels.join(' ; ')}.`
}

/**
 * Alliance Dynamique, the route, the local need, then « Il a été convenu ce qui suit ». States no figure about the
 * programme (number of federations or partnerships): those change every year and a signed text would go stale.
 */
export function createPreamble({ agreement, partner, need, domainLabels }: DocumentSources): Block[] {
  const blocks: Block[] = [
    paragraph(
      'La Poste conduit depuis 2014 le programme ',
      { text: 'Alliance Dynamique', bold: true },
      fr(
        `, qui l’associe à des fédérations nationales de l’économie sociale et solidaire et à leurs structures locales pour répondre ensemble à des besoins des territoires. ${engagementsSentence()}`
      )
    )
  ]
  if (agreement.route === 'national-framework')
    blocks.push(
      paragraph(
        fr(
          `La présente convention est conclue dans le cadre de l’accord national passé entre La Poste et ${orMissing(partner?.headNetwork)}, tête de réseau du Partenaire, qui a orienté La Poste vers celui-ci.`
        )
      )
    )
  else if (agreement.route === 'direct')
    blocks.push(
      paragraph(fr('La présente convention est conclue directement entre La Poste et le Partenaire.'))
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
    if (communes.length > 0)
      blocks.push(paragraph(fr(`Le territoire concerné comprend ${communes.join(', ')}.`)))
    if (need.targetPublic.trim() !== '') {
      const reached =
        need.peopleReached === null ? '' : `, soit environ ${groupDigits(need.peopleReached)} personnes`
      blocks.push(
        paragraph(fr(`Le public visé est le suivant : ${lowerFirst(need.targetPublic.trim())}${reached}.`))
      )
    }
  }
  const type = PARTNERSHIP_TYPES.find((entry) => entry.code === agreement.type)
  const domains =
    domainLabels.length > 0
      ? `, dans les domaines d’action suivants : ${domainLabels.map(lowerFirst).join(', ')}`
      : ''
  blocks.push(paragraph(fr(`Le partenariat relève du type « ${orMissing(type?.label)} »${domains}.`)))
  blocks.push(paragraph({ text: fr('Il a été convenu ce qui suit :'), bold: true }))
  return blocks
}

/** A label continuing a sentence after a colon: lower case first, unless it starts with an acronym (« ESS »). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}[\p{Ll}’' -]/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}
