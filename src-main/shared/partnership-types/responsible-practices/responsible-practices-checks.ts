import { isBlank, issue } from '../../agreements/issue-factory'
import { formatAmount } from '../../documents/french-format'
import type { AgreementCheck } from '../../domain/agreement'
import type { TermsCheckInput } from '../partnership-type-module'
import { checkPurchaseIndicators } from './purchase-indicator-checks'
import { SUPPLIER_STATUS_LABELS } from './responsible-practices-labels'
import { MAX_PAYMENT_TERM_DAYS, type ResponsiblePracticesTerms } from './responsible-practices-terms.schema'
import { supplierStatusesOf } from './supplier-status'

const STEP = 4

/** Inclusive purchasing: a true and proven supplier status, a reserved market only on its basis, figures that add up. */
export function checkResponsiblePractices(
  input: TermsCheckInput<ResponsiblePracticesTerms>,
  out: AgreementCheck
): void {
  const { terms, content } = input
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  if (isBlank(terms.purchaseCategory))
    problem('purchase-category-missing', 'terms.purchaseCategory', 'Indiquez la catégorie d’achat.')
  checkSupplierStatus(input, problem)
  if (terms.yearlyAmountCents === null || terms.yearlyAmountCents <= 0)
    problem(
      'yearly-amount-missing',
      'terms.yearlyAmountCents',
      'Indiquez le montant annuel d’achats, hors taxes.'
    )
  checkLots(terms, problem)
  if (terms.paymentTermDays === null)
    problem('payment-term-missing', 'terms.paymentTermDays', 'Indiquez le délai de paiement des factures.')
  else if (terms.paymentTermDays > MAX_PAYMENT_TERM_DAYS)
    problem(
      'payment-term-too-long',
      'terms.paymentTermDays',
      `Le délai de paiement ne peut dépasser ${MAX_PAYMENT_TERM_DAYS} jours à compter de la date de la facture (art. L. 441-10 du code de commerce).`
    )
  if (
    content.noticeMonths !== null &&
    content.durationMonths !== null &&
    content.durationMonths >= 24 &&
    content.noticeMonths < 3
  )
    out.warnings.push(
      issue(
        'supply-notice-short',
        6,
        'noticeMonths',
        'Une relation d’achats de deux ans ou plus appelle un préavis de sortie proportionné (art. L. 442-1 du code de commerce) : trois mois au moins est l’usage.'
      )
    )
  checkPurchaseIndicators(input, out)
}

type Problem = (code: string, field: string, message: string) => void

function checkSupplierStatus(
  { terms, partner }: TermsCheckInput<ResponsiblePracticesTerms>,
  problem: Problem
) {
  const status = terms.supplierStatus
  if (status === null) {
    problem(
      'supplier-status-missing',
      'terms.supplierStatus',
      'Indiquez le statut du fournisseur (ESAT, EA, SIAE…).'
    )
    return
  }
  if (terms.reservedMarket && status === 'other')
    problem(
      'reserved-market-supplier',
      'terms.supplierStatus',
      'Un marché réservé ne peut être attribué qu’à un ESAT, une entreprise adaptée (EA) ou une structure d’insertion (SIAE).'
    )
  const allowed = partner ? supplierStatusesOf(partner.statuses) : [status]
  if (!allowed.includes(status))
    problem(
      'supplier-status-differs',
      'terms.supplierStatus',
      allowed.includes('other')
        ? `La fiche du partenaire ne lui donne pas le statut « ${SUPPLIER_STATUS_LABELS[status].label} » : complétez sa fiche si ce statut est établi, ou choisissez « ${SUPPLIER_STATUS_LABELS.other.label} ».`
        : `Le statut du fournisseur doit être celui de la fiche du partenaire : ${allowed.map((code) => `« ${SUPPLIER_STATUS_LABELS[code].label} »`).join(' ou ')}.`
    )
  if (status !== 'other' && isBlank(terms.supplierStatusProof))
    problem(
      'supplier-status-proof-missing',
      'terms.supplierStatusProof',
      'Indiquez l’acte qui établit le statut du fournisseur (autorisation, contrat avec l’État ou conventionnement, avec sa date).'
    )
}

function checkLots({ lots, yearlyAmountCents }: ResponsiblePracticesTerms, problem: Problem) {
  lots.forEach((lot, index) => {
    if (isBlank(lot.label) || lot.amountCents === null)
      problem(
        'lot-incomplete',
        `terms.lots.${index}`,
        `Lot ${index + 1} : indiquez son intitulé et son montant annuel.`
      )
  })
  const total = lots.reduce((sum, lot) => sum + (lot.amountCents ?? 0), 0)
  if (lots.length > 0 && yearlyAmountCents !== null && total !== yearlyAmountCents)
    problem(
      'lots-total-mismatch',
      'terms.lots',
      `Les lots totalisent ${formatAmount(total)} par an alors que le montant annuel d’achats est de ${formatAmount(yearlyAmountCents)} : ils doivent lui être égaux.`
    )
}
