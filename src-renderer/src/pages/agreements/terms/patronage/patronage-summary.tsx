import { labelOf } from '@shared/partnership-types/common/labels'
import {
  IN_KIND_VALUATION_LABELS,
  PATRONAGE_NATURE_LABELS
} from '@shared/partnership-types/patronage/patronage-labels'
import { giftValueCents } from '@shared/partnership-types/patronage/patronage-valuation'
import type { PatronageTerms } from '@shared/schemas/agreement-terms.schema'
import { formatDate, formatEuros } from '../../../../format'
import { list, yesNo, type SummaryRows } from '../summary-values'

export function patronageSummary(terms: PatronageTerms): SummaryRows {
  const { skills, inKind } = terms
  const rows: SummaryRows = [
    ['Nature', labelOf(PATRONAGE_NATURE_LABELS, terms.nature)],
    ['Valeur du don', formatEuros(giftValueCents(terms))]
  ]
  if (terms.nature === 'skills')
    rows.push(
      [
        'Salariés × jours',
        `${skills.employees ?? '—'} × ${skills.days ?? '—'} à ${formatEuros(skills.dailyCostCents)}`
      ],
      ['Missions', skills.missions],
      ['Lieu et horaires', skills.placeAndHours]
    )
  if (terms.nature === 'in-kind')
    rows.push(
      ['Biens', inKind.goods],
      ['Valorisation', labelOf(IN_KIND_VALUATION_LABELS, inKind.valuationMethod)],
      ['Livraison', `${formatDate(inKind.deliveryDate)} · ${inKind.deliveryPlace || '—'}`],
      ['Effacement des données', yesNo(inKind.itEquipment)]
    )
  if (terms.nature === 'financial')
    rows.push([
      'Échéancier',
      list(
        terms.paymentSchedule.map(
          (payment) => `${formatDate(payment.date)} : ${formatEuros(payment.amountCents)}`
        )
      )
    ])
  rows.push(
    [
      'Contreparties',
      list(terms.counterparts.map((item) => `${item.description} : ${formatEuros(item.valueCents)}`))
    ],
    ['Reçu (Cerfa n° 16216)', yesNo(terms.taxReceiptRequested)]
  )
  return rows
}
