import type { ClauseDefinition } from '../../documents/clause-library/clause-definition'
import type { DocumentSources } from '../../documents/document-sources'
import { always } from '../common/type-article'
import { purchaseSlots, purchaseTerms } from './responsible-practices-facts'
import type { SupplierStatus } from './responsible-practices-terms.schema'

type Definition = ClauseDefinition<DocumentSources>

const supplierIs =
  (...statuses: SupplierStatus[]) =>
  (sources: DocumentSources) => {
    const status = purchaseTerms(sources).supplierStatus
    return status !== null && statuses.includes(status)
  }

export const PURCHASE_OBJECT: Definition = {
  key: 'responsible-practices.purchases',
  title: 'Objet et volume des achats',
  slots: purchaseSlots,
  variants: [
    {
      id: 'firm',
      label: 'Montant ferme',
      applies: (sources) => purchaseTerms(sources).quantities === 'firm',
      text: "La Poste confie au Partenaire des achats de la catégorie « {category} », pour un montant annuel de {yearlyAmount}. Ce montant est ferme : La Poste s'engage à passer commande à hauteur de ce montant pour chaque année d'exécution de la convention."
    },
    {
      id: 'indicative',
      label: 'Montant et quantités indicatifs',
      applies: () => true,
      text: "La Poste confie au Partenaire des achats de la catégorie « {category} », pour un montant annuel prévisionnel de {yearlyAmount}. Ce montant et les quantités sont indicatifs : ils n'engagent pas La Poste à un volume minimal de commandes."
    }
  ]
}

export const PURCHASE_SUPPLIER_STATUS: Definition = {
  key: 'responsible-practices.supplier-status',
  title: 'Statut du Partenaire',
  slots: purchaseSlots,
  variants: [
    {
      id: 'esat',
      label: 'ESAT',
      applies: supplierIs('esat'),
      text: "Le Partenaire agit pour le compte d'un établissement et service d'aide par le travail (ESAT) au sens de l'article L. 344-2 du code de l'action sociale et des familles, dont il justifie l'autorisation (« {proof} »). Il informe La Poste sans délai de toute modification ou de tout retrait de cette autorisation."
    },
    {
      id: 'ea',
      label: 'Entreprise adaptée',
      applies: supplierIs('ea'),
      text: "Le Partenaire est une entreprise adaptée au sens de l'article L. 5213-13 du code du travail, ce dont il justifie (« {proof} »). Il informe La Poste sans délai de toute modification ou de toute fin de ce contrat."
    },
    {
      id: 'siae',
      label: 'SIAE',
      applies: supplierIs('siae'),
      text: "Le Partenaire est une structure d'insertion par l'activité économique au sens de l'article L. 5132-4 du code du travail, conventionnée par l'État (« {proof} »). Il informe La Poste sans délai de toute modification ou de toute fin de ce conventionnement."
    },
    {
      id: 'other',
      label: 'Autre structure de l’ESS',
      applies: () => true,
      text: "Le Partenaire est une structure de l'économie sociale et solidaire. Il ne se prévaut d'aucun statut d'établissement et service d'aide par le travail, d'entreprise adaptée ou de structure d'insertion par l'activité économique."
    }
  ]
}

/** Cited only when the market is reserved, on the basis that really applies. */
export const PURCHASE_RESERVED_MARKET: Definition = {
  key: 'responsible-practices.reserved-market',
  title: 'Marché réservé',
  slots: purchaseSlots,
  variants: [
    {
      id: 'protected-sector',
      label: 'Réservé aux ESAT et EA (art. L. 2113-12 CCP)',
      applies: supplierIs('esat', 'ea'),
      text: "Les achats relèvent d'un marché réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, en application de l'article L. 2113-12 du code de la commande publique."
    },
    {
      id: 'insertion',
      label: 'Réservé aux SIAE (art. L. 2113-13 CCP)',
      applies: supplierIs('siae'),
      text: "Les achats relèvent d'un marché réservé aux structures d'insertion par l'activité économique, en application de l'article L. 2113-13 du code de la commande publique."
    },
    {
      id: 'no-basis',
      label: 'Sans base de réservation (refusé à la signature)',
      applies: () => true,
      text: 'Les achats relèvent d’un marché réservé en application de {reservationBasis}.'
    }
  ]
}

export const PURCHASE_PRICES: Definition = {
  key: 'responsible-practices.prices',
  title: 'Prix',
  slots: purchaseSlots,
  variants: [
    always(
      'excluding-tax',
      'Prix hors taxes',
      'Les prix sont stipulés hors taxes, {vat}. Ils figurent dans le devis accepté par La Poste pour chaque commande et sont fermes pour la durée de celle-ci.'
    )
  ]
}

export const PURCHASE_ORDERS: Definition = {
  key: 'responsible-practices.orders',
  title: 'Commandes, livraison et réception',
  slots: purchaseSlots,
  variants: [
    always(
      'purchase-orders',
      'Bons de commande',
      "Chaque achat fait l'objet d'un bon de commande de La Poste précisant les quantités, le lieu et le délai de livraison ou d'exécution. Le Partenaire livre ou exécute conformément à la commande. La Poste prononce la réception, ou formule ses réserves par écrit, dans les quinze jours suivant la livraison ou l'exécution."
    )
  ]
}

export const PURCHASE_INVOICING: Definition = {
  key: 'responsible-practices.invoicing',
  title: 'Facturation et paiement',
  slots: purchaseSlots,
  variants: [
    always(
      'electronic-invoice',
      'Facture électronique, paiement et pénalités',
      "Le Partenaire facture après réception, par voie électronique, chaque facture mentionnant la référence du bon de commande. La Poste paie dans un délai de {paymentTerm} à compter de la date d'émission de la facture.\n\nTout retard de paiement fait courir de plein droit des pénalités de retard au taux prévu à l'article L. 441-10 du code de commerce, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de quarante euros (40,00 €)."
    )
  ]
}

/** ESAT and EA only: no deduction exists for SIAE purchases. */
export const PURCHASE_DISABILITY_DEDUCTION: Definition = {
  key: 'responsible-practices.disability-deduction',
  title: 'Attestation annuelle (obligation d’emploi des travailleurs handicapés)',
  slots: purchaseSlots,
  variants: [
    always(
      'labour-cost-certificate',
      'Attestation du coût de la main-d’œuvre',
      "Les achats auprès du Partenaire permettent à La Poste de déduire de sa contribution au titre de l'obligation d'emploi des travailleurs handicapés 30 % du coût de la main-d'œuvre facturé, dans les conditions de l'article L. 5212-10-1 du code du travail. Le Partenaire remet à La Poste, au plus tard le 31 janvier de chaque année, une attestation du coût de la main-d'œuvre compris dans les factures de l'année précédente."
    )
  ]
}

export const PURCHASE_SOCIAL_CLAUSE: Definition = {
  key: 'responsible-practices.social-clause',
  title: 'Clause sociale',
  slots: purchaseSlots,
  variants: [
    always(
      'minimum-hours',
      'Heures minimales de travail protégé ou d’insertion',
      'Le Partenaire réalise, sur la durée de la convention, au moins {hours} de travail par des personnes en insertion ou en situation de handicap, et en justifie au comité de suivi.'
    )
  ]
}

export const PURCHASE_EXIT_NOTICE: Definition = {
  key: 'responsible-practices.exit-notice',
  title: 'Préavis de sortie',
  slots: purchaseSlots,
  variants: [
    always(
      'proportionate-notice',
      'Préavis proportionné à la relation commerciale',
      "Toute cessation ou diminution substantielle des achats à l'initiative de La Poste avant le terme de la convention est notifiée par écrit moyennant un préavis d'au moins {notice}, proportionné à la durée de la relation commerciale établie, conformément à l'article L. 442-1, II du code de commerce."
    )
  ]
}

export const RESPONSIBLE_PRACTICES_CLAUSES: readonly Definition[] = [
  PURCHASE_OBJECT,
  PURCHASE_SUPPLIER_STATUS,
  PURCHASE_RESERVED_MARKET,
  PURCHASE_PRICES,
  PURCHASE_ORDERS,
  PURCHASE_INVOICING,
  PURCHASE_DISABILITY_DEDUCTION,
  PURCHASE_SOCIAL_CLAUSE,
  PURCHASE_EXIT_NOTICE
]
