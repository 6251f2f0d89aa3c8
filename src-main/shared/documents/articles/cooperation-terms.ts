import type { EconomicCooperationTerms, SocialInnovationTerms } from '../../schemas/agreement-terms.schema'
import { list, paragraph, type Block } from '../document-model'
import { asSentence, MISSING, orMissing } from '../document-sources'
import { formatMonths } from '../french-format'
import { frenchTypography as fr } from '../french-typography'
import { BILLING_FREQUENCY_WORDING, OWNERSHIP_WORDING, REMUNERATION_MODEL_WORDING } from '../labels'
import type { ArticleDraft } from './article-draft'
import { amountCell, amountClause, amountsTable } from './terms-helpers'

export function createEconomicCooperationArticle(terms: EconomicCooperationTerms): ArticleDraft {
  const model = terms.remunerationModel ? REMUNERATION_MODEL_WORDING[terms.remunerationModel] : MISSING
  const billing = terms.billingFrequency ? BILLING_FREQUENCY_WORDING[terms.billingFrequency] : MISSING
  const blocks: Block[] = [
    paragraph(
      fr(asSentence(`Les parties construisent l'offre commune suivante : ${orMissing(terms.jointOffer)}`))
    ),
    paragraph(
      { text: 'Apport de La Poste. ', bold: true },
      fr(asSentence(orMissing(terms.laPosteContribution)))
    ),
    paragraph(
      { text: 'Apport du Partenaire. ', bold: true },
      fr(asSentence(orMissing(terms.partnerContribution)))
    ),
    paragraph(
      fr(
        `En contrepartie des services rendus, La Poste verse au Partenaire ${model} d'un montant de ${amountClause(terms.remunerationAmountCents)}, sur facturation ${billing} du Partenaire, payable à trente jours.`
      )
    ),
    {
      kind: 'table',
      caption: 'Conditions financières',
      columns: [
        { label: 'Modèle de rémunération', align: 'left', width: 45 },
        { label: 'Montant', align: 'right', width: 25 },
        { label: 'Facturation', align: 'left', width: 30 }
      ],
      rows: [[model, amountCell(terms.remunerationAmountCents), billing]]
    },
    paragraph(fr(`Territoire de l'offre : ${orMissing(terms.territory)}.`)),
    paragraph(
      fr(
        terms.exclusivity
          ? 'Le Partenaire assure ce service en exclusivité pour La Poste sur ce territoire pendant toute la durée de la convention.'
          : "La présente convention n'emporte aucune exclusivité au profit de l'une ou l'autre des parties."
      )
    )
  ]
  return { key: 'terms', title: 'Modalités de la coopération économique', blocks }
}

export function createSocialInnovationArticle(terms: SocialInnovationTerms): ArticleDraft {
  const sites = terms.experimentationSites.map((site) => site.trim()).filter((site) => site !== '')
  const months = terms.experimentationMonths === null ? MISSING : formatMonths(terms.experimentationMonths)
  const blocks: Block[] = [
    paragraph(
      fr(
        asSentence(
          `Les parties créent le service suivant, aujourd'hui absent du territoire : ${orMissing(terms.missingService)}`
        )
      )
    ),
    paragraph(fr(`Public visé : ${orMissing(terms.targetPublic)}.`)),
    paragraph(
      fr(
        `Le service est expérimenté pendant ${months}${sites.length > 0 ? ' sur les sites suivants :' : '.'}`
      )
    )
  ]
  if (sites.length > 0) blocks.push(list(sites.map(fr)))
  blocks.push(
    paragraph({ text: 'Évaluation. ', bold: true }, fr(asSentence(orMissing(terms.evaluationPlan))))
  )
  const funders = terms.coFinancing.filter(
    (entry) => entry.funder.trim() !== '' || entry.amountCents !== null
  )
  if (funders.length > 0)
    blocks.push(
      paragraph(
        fr(
          `Le projet est cofinancé à hauteur de ${amountClause(funders.reduce((sum, entry) => sum + (entry.amountCents ?? 0), 0))}, comme suit :`
        )
      ),
      amountsTable(
        'Cofinancements',
        'Financeur',
        'Montant',
        funders.map((entry) => ({ label: fr(entry.funder.trim()), cents: entry.amountCents }))
      )
    )
  const ownership = terms.ownership ? OWNERSHIP_WORDING[terms.ownership] : MISSING
  const licence =
    terms.licence.trim() === '' ? '' : ` Ils sont diffusés sous la licence ${terms.licence.trim()}.`
  blocks.push(
    paragraph(
      fr(
        `Propriété des réalisations : ${ownership} des outils, contenus et méthodes produits dans le cadre de l'expérimentation.${licence}`
      )
    ),
    paragraph(
      { text: 'Conditions de passage à l’échelle. ', bold: true },
      fr(asSentence(orMissing(terms.scaleUpConditions)))
    )
  )
  return { key: 'terms', title: 'Modalités de l’innovation sociale', blocks }
}
