import {
  counterpartsTotalCents,
  giftValueCents,
  skillsValuationCents
} from '../../agreements/patronage-rules'
import type { PatronageTerms, ResponsiblePracticesTerms } from '../../schemas/agreement-terms.schema'
import { paragraph, type Block } from '../document-model'
import { asSentence, MISSING, orMissing } from '../document-sources'
import { formatLongDate, formatNumber, groupDigits, NBSP } from '../french-format'
import { frenchTypography as fr } from '../french-typography'
import { PATRONAGE_NATURE_WORDING, SUPPLIER_STATUS_WORDING } from '../labels'
import type { ArticleDraft } from './article-draft'
import { amountCell, amountClause, amountsTable } from './terms-helpers'

export function createResponsiblePracticesArticle(terms: ResponsiblePracticesTerms): ArticleDraft {
  const supplier = terms.supplierStatus ? SUPPLIER_STATUS_WORDING[terms.supplierStatus] : MISSING
  const blocks: Block[] = [
    paragraph(
      fr(
        `La Poste confie au Partenaire, en sa qualité de ${supplier}, des achats de la catégorie « ${orMissing(terms.purchaseCategory)} ».`
      )
    ),
    paragraph(
      fr(
        terms.reservedMarket
          ? "Ces achats relèvent d'un marché réservé aux structures du secteur du travail protégé et adapté et de l'insertion par l'activité économique."
          : "Ces achats ne relèvent pas d'un marché réservé ; le Partenaire est consulté dans les conditions habituelles de La Poste."
      )
    ),
    paragraph(fr(`Le volume d'achats prévisionnel est de ${amountClause(terms.yearlyAmountCents)} par an.`))
  ]
  const lots = terms.lots.filter((lot) => lot.label.trim() !== '' || lot.amountCents !== null)
  if (lots.length > 0)
    blocks.push(
      amountsTable(
        'Lots d’achats',
        'Lot',
        'Montant annuel',
        lots.map((lot) => ({ label: fr(lot.label.trim()), cents: lot.amountCents }))
      )
    )
  if (terms.socialClauseHours !== null)
    blocks.push(
      paragraph(
        fr(
          `Au titre de la clause sociale, le Partenaire réalise au moins ${groupDigits(terms.socialClauseHours)} heures de travail par des personnes en insertion ou en situation de handicap sur la durée de la convention.`
        )
      )
    )
  return { key: 'terms', title: 'Achats responsables', blocks }
}

function skillsTable(terms: PatronageTerms): Block {
  const { employees, days, dailyCostCents } = terms.skills
  return {
    kind: 'table',
    caption: 'Valorisation du mécénat de compétences',
    columns: [
      { label: 'Collaborateurs', align: 'right', width: 20 },
      { label: 'Jours', align: 'right', width: 20 },
      { label: 'Coût journalier', align: 'right', width: 30 },
      { label: 'Valorisation', align: 'right', width: 30 }
    ],
    rows: [
      [
        employees === null ? MISSING : groupDigits(employees),
        days === null ? MISSING : groupDigits(days),
        amountCell(dailyCostCents),
        amountCell(skillsValuationCents(terms.skills))
      ]
    ]
  }
}

export function createPatronageArticle(terms: PatronageTerms): ArticleDraft {
  const nature = terms.nature ? PATRONAGE_NATURE_WORDING[terms.nature] : MISSING
  const gift = giftValueCents(terms)
  const blocks: Block[] = [
    paragraph(
      fr(
        `La Poste apporte au Partenaire ${nature}, sans contrepartie équivalente, pour une valeur de ${amountClause(gift)}.`
      )
    )
  ]
  if (terms.nature === 'skills') {
    blocks.push(
      paragraph(
        fr(
          'Des collaborateurs de La Poste, volontaires, mettent leurs compétences à disposition du Partenaire sur leur temps de travail. La valorisation retient le coût journalier ci-dessous.'
        )
      ),
      skillsTable(terms)
    )
    if (terms.skills.valuationBasis.trim() !== '')
      blocks.push(paragraph(fr(asSentence(`Base de valorisation : ${terms.skills.valuationBasis.trim()}`))))
  }
  const payments = terms.paymentSchedule.filter(
    (payment) => payment.date !== null || payment.amountCents !== null
  )
  if (payments.length > 0)
    blocks.push(
      paragraph(fr("Le don est versé selon l'échéancier suivant :")),
      amountsTable(
        'Échéancier des versements',
        'Échéance',
        'Montant',
        payments.map((payment) => ({
          label: payment.date ? formatLongDate(payment.date) : MISSING,
          cents: payment.amountCents
        }))
      )
    )
  const counterparts = terms.counterparts.filter(
    (entry) => entry.description.trim() !== '' || entry.valueCents !== null
  )
  if (counterparts.length > 0) {
    const total = counterpartsTotalCents(terms)
    const share =
      gift !== null && gift > 0
        ? ` soit ${formatNumber(Math.round((total * 1000) / gift) / 10)}${NBSP}% de la valeur du don`
        : ''
    blocks.push(
      paragraph(
        fr(
          `En contrepartie, le Partenaire accorde à La Poste les contreparties suivantes, d'une valeur totale de ${amountClause(total)},${share} :`
        )
      ),
      amountsTable(
        'Contreparties',
        'Contrepartie',
        'Valeur',
        counterparts.map((entry) => ({ label: fr(entry.description.trim()), cents: entry.valueCents }))
      )
    )
  } else blocks.push(paragraph('Le Partenaire n’accorde aucune contrepartie à La Poste.'))
  blocks.push(
    paragraph(
      fr(
        terms.taxReceiptRequested
          ? "Le Partenaire, organisme d'intérêt général, délivre à La Poste un reçu fiscal conforme au modèle en vigueur pour chaque versement, au titre de l'article 238 bis du code général des impôts."
          : "Aucun reçu fiscal n'est demandé au titre du présent mécénat."
      )
    )
  )
  return { key: 'terms', title: 'Modalités du mécénat', blocks }
}
