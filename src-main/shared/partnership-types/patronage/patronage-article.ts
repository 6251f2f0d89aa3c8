import type { ArticleDraft, ClauseDraft } from '../../documents/articles/article-draft'
import { amountCell, amountsTable } from '../../documents/articles/terms-helpers'
import type { ClauseWordings } from '../../documents/clause-library/clause-definition'
import type { TableBlock } from '../../documents/document-model'
import { MISSING, type DocumentSources } from '../../documents/document-sources'
import { formatLongDate, groupDigits } from '../../documents/french-format'
import { frenchTypography as fr } from '../../documents/french-typography'
import { typeClause } from '../common/type-article'
import {
  PATRONAGE_COUNTERPARTS,
  PATRONAGE_DATA_WIPING,
  PATRONAGE_ELIGIBILITY,
  PATRONAGE_GIFT,
  PATRONAGE_NO_RENEWAL,
  PATRONAGE_PAYMENT,
  PATRONAGE_RECEIPT,
  PATRONAGE_SKILLS_VALUATION,
  PATRONAGE_STAFF,
  PATRONAGE_USE
} from './patronage-clauses'
import { PATRONAGE_NATURE_LABELS } from './patronage-labels'
import type { PatronageTerms } from './patronage-terms.schema'
import { skillsValuationCents } from './patronage-valuation'

function skillsTable({ skills }: PatronageTerms): TableBlock {
  const count = (value: number | null) => (value === null ? MISSING : groupDigits(value))
  return {
    kind: 'table',
    caption: 'Valorisation du mécénat de compétences',
    columns: [
      { label: 'Salariés', align: 'right', width: 20 },
      { label: 'Jours par salarié', align: 'right', width: 20 },
      { label: 'Coût journalier', align: 'right', width: 30 },
      { label: 'Valorisation', align: 'right', width: 30 }
    ],
    rows: [
      [
        count(skills.employees),
        count(skills.days),
        amountCell(skills.dailyCostCents),
        amountCell(skillsValuationCents(skills))
      ]
    ]
  }
}

function scheduleTable(terms: PatronageTerms): TableBlock {
  const payments =
    terms.paymentSchedule.length > 0 ? terms.paymentSchedule : [{ date: null, amountCents: null }]
  return amountsTable(
    'Échéancier des versements',
    'Date de versement',
    'Montant',
    payments.map((payment) => ({
      label: payment.date ? formatLongDate(payment.date) : MISSING,
      cents: payment.amountCents
    })),
    // A gift is paid outside the scope of VAT: « HT » would suggest an invoice.
    'outside-vat'
  )
}

function counterpartsTable(terms: PatronageTerms): TableBlock {
  return amountsTable(
    'Contreparties',
    'Contrepartie',
    'Valeur',
    terms.counterparts.map((entry) => ({ label: fr(entry.description.trim()), cents: entry.valueCents }))
  )
}

/** « Modalités du mécénat »: the gift by nature, its valuation, payment, use, counterparts, declaration, receipt. */
export function createPatronageArticle(
  sources: DocumentSources,
  terms: PatronageTerms,
  wordings: ClauseWordings
): ArticleDraft {
  const clause = (definition: Parameters<typeof typeClause>[0], computed: TableBlock[] = []) =>
    typeClause(definition, sources, wordings, computed)
  const clauses: ClauseDraft[] = [clause(PATRONAGE_GIFT)]
  if (terms.nature === 'skills')
    clauses.push(clause(PATRONAGE_STAFF), clause(PATRONAGE_SKILLS_VALUATION, [skillsTable(terms)]))
  if (terms.nature === 'financial') clauses.push(clause(PATRONAGE_PAYMENT, [scheduleTable(terms)]))
  if (terms.nature === 'in-kind' && terms.inKind.itEquipment) clauses.push(clause(PATRONAGE_DATA_WIPING))
  clauses.push(
    clause(PATRONAGE_USE),
    clause(PATRONAGE_COUNTERPARTS, terms.counterparts.length > 0 ? [counterpartsTable(terms)] : []),
    clause(PATRONAGE_ELIGIBILITY),
    clause(PATRONAGE_RECEIPT),
    clause(PATRONAGE_NO_RENEWAL)
  )
  const title =
    terms.nature === null
      ? 'Modalités du mécénat'
      : `Modalités du ${PATRONAGE_NATURE_LABELS[terms.nature].label.toLowerCase()}`
  return { key: 'terms', title, blocks: [], clauses }
}
