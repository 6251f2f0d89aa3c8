import { PARTNERSHIP_TYPES } from '../../reference/reference-data'
import { list, paragraph, type Block } from '../document-model'
import { asSentence, MISSING, orMissing, type DocumentSources } from '../document-sources'
import { formatNumber } from '../french-format'
import { frenchTypography as fr } from '../french-typography'
import { SITE_KIND_WORDING } from '../labels'
import type { ArticleDraft } from './article-draft'

function commitments(items: readonly string[]): Block {
  const filled = items.map((item) => item.trim()).filter((item) => item !== '')
  return filled.length > 0 ? list(filled.map((item) => fr(item))) : paragraph(MISSING)
}

export function createObjectArticle({ agreement, need, benefitLabels }: DocumentSources): ArticleDraft {
  const type = PARTNERSHIP_TYPES.find((entry) => entry.code === agreement.type)
  const blocks: Block[] = [
    paragraph(
      fr(
        `La présente convention a pour objet de définir les conditions dans lesquelles La Poste et le Partenaire coopèrent, au titre d'un partenariat de type « ${orMissing(type?.label)} », pour répondre au besoin local « ${orMissing(need?.title)} » décrit en préambule.`
      )
    )
  ]
  if (agreement.title.trim() !== '')
    blocks.push(paragraph(fr(`Intitulé du partenariat : « ${agreement.title.trim()} ».`)))
  if (benefitLabels.length > 0) {
    blocks.push(paragraph(fr('Le partenariat vise notamment, pour le Partenaire :')))
    blocks.push(list(benefitLabels.map(fr)))
  }
  return { key: 'object', title: 'Objet', blocks }
}

export function createLaPosteCommitmentsArticle({ agreement }: DocumentSources): ArticleDraft {
  const blocks: Block[] = [paragraph(fr("La Poste s'engage à :")), commitments(agreement.laPosteCommitments)]
  const site = agreement.laPosteSite
  if (site.name.trim() !== '') {
    const kind = site.kind ? SITE_KIND_WORDING[site.kind] : SITE_KIND_WORDING.other
    blocks.push(paragraph(fr(`Le partenariat s'appuie sur ${kind} « ${site.name.trim()} ».`)))
  }
  return { key: 'la-poste-commitments', title: 'Engagements de La Poste', blocks }
}

export function createPartnerCommitmentsArticle({ agreement }: DocumentSources): ArticleDraft {
  return {
    key: 'partner-commitments',
    title: 'Engagements du Partenaire',
    blocks: [paragraph(fr("Le Partenaire s'engage à :")), commitments(agreement.partnerCommitments)]
  }
}

export function createIndicatorsArticle({ agreement }: DocumentSources): ArticleDraft {
  const indicators = agreement.indicators.filter((indicator) => indicator.label.trim() !== '')
  const blocks: Block[] = [
    paragraph(
      fr(
        "Les parties suivent la réalisation du partenariat au moyen des indicateurs ci-dessous. Le Partenaire communique les valeurs atteintes au comité de suivi, qui en dresse le bilan à chaque réunion et à l'échéance de la convention."
      )
    )
  ]
  if (indicators.length === 0) blocks.push(paragraph(MISSING))
  else
    blocks.push({
      kind: 'table',
      caption: 'Indicateurs et cibles',
      columns: [
        { label: 'Indicateur', align: 'left', width: 60 },
        { label: 'Cible', align: 'right', width: 20 },
        { label: 'Unité', align: 'left', width: 20 }
      ],
      rows: indicators.map((indicator) => [
        fr(indicator.label),
        indicator.target === null ? MISSING : formatNumber(indicator.target),
        fr(indicator.unit)
      ])
    })
  return { key: 'indicators', title: 'Indicateurs et évaluation', blocks }
}

export function createGovernanceArticle({ agreement }: DocumentSources): ArticleDraft {
  const { composition, meetingsPerYear } = agreement.followUpCommittee
  const blocks: Block[] = [
    paragraph(
      fr(
        `Un comité de suivi réunit les parties${meetingsPerYear ? ` au moins ${meetingsPerYear} fois par an` : ' régulièrement'}. Il veille à la bonne exécution de la convention, examine les indicateurs et propose, le cas échéant, les ajustements nécessaires, qui font l'objet d'un avenant.`
      )
    )
  ]
  if (composition.trim() !== '') blocks.push(paragraph(fr(asSentence(`Composition : ${composition.trim()}`))))
  return { key: 'governance', title: 'Gouvernance et comité de suivi', blocks }
}

export function createCommunicationArticle({ agreement }: DocumentSources): ArticleDraft {
  const { logoUseAllowed, clause } = agreement.communication
  const logo = logoUseAllowed
    ? "Chaque partie peut utiliser le nom et le logo de l'autre partie dans ses supports de communication relatifs à la présente convention, après validation préalable du support par celle-ci."
    : "Aucune partie ne peut utiliser le nom, la marque ou le logo de l'autre partie sans son accord écrit préalable."
  const blocks: Block[] = clause.trim() === '' ? [paragraph(fr(logo))] : [paragraph(fr(asSentence(clause)))]
  if (clause.trim() !== '' && logoUseAllowed) blocks.push(paragraph(fr(logo)))
  return { key: 'communication', title: 'Communication', blocks }
}
