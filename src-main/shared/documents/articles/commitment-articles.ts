import { PARTNERSHIP_TYPES } from '../../reference/reference-data'
import { list, paragraph, type Block } from '../document-model'
import { asSentence, MISSING, orMissing, type DocumentSources } from '../document-sources'
import { countInLettersAndFigures, formatNumber } from '../french-format'
import { lowerFirst } from '../preamble'
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
    blocks.push(list(benefitLabels.map((label) => fr(lowerFirst(label)))))
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
        "Les Parties suivent la réalisation du partenariat au moyen des indicateurs ci-dessous. Le Partenaire communique les valeurs atteintes au comité de suivi, qui en dresse le bilan à chaque réunion et à l'échéance de la convention."
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
        `Un comité de suivi réunit les Parties${meetingsPerYear ? ` au moins ${countInLettersAndFigures(meetingsPerYear)} fois par an` : ' régulièrement'}. Il veille à la bonne exécution de la convention, examine les indicateurs et propose, le cas échéant, les ajustements nécessaires, qui font l'objet d'un avenant.`
      )
    )
  ]
  if (composition.trim() !== '')
    blocks.push(paragraph(fr(asSentence(`Il est composé comme suit : ${lowerFirst(composition.trim())}`))))
  return { key: 'governance', title: 'Gouvernance et comité de suivi', blocks }
}
