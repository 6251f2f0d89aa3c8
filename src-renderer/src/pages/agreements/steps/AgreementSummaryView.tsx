import type { ReactNode } from 'react'
import { agreementEndDate } from '@shared/agreements/agreement-dates'
import { giftValueCents } from '@shared/agreements/patronage-rules'
import type { Agreement } from '@shared/domain/agreement'
import type { Partner } from '@shared/domain/partner'
import type { AgreementTerms } from '@shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { useReference } from '../../../app/reference-context'
import { formatDate, formatEuros } from '../../../format'
import {
  BILLING_FREQUENCY_LABELS,
  OWNERSHIP_LABELS,
  PATRONAGE_NATURE_LABELS,
  REMUNERATION_MODEL_LABELS,
  SUPPLIER_STATUS_LABELS
} from '../terms/term-labels'

type Rows = Array<[string, ReactNode]>

function Section({ title, rows }: { title: string; rows: Rows }) {
  return (
    <section className="summary-section">
      <h3>{title}</h3>
      <dl className="definition-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === '' || value === null || value === undefined ? '—' : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function list(items: readonly string[]): ReactNode {
  const filled = items.filter((item) => item.trim() !== '')
  return filled.length === 0 ? (
    '—'
  ) : (
    <ul>
      {filled.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}

const yesNo = (value: boolean) => (value ? 'Oui' : 'Non')
const label = (labels: Record<string, string>, value: string | null) =>
  value ? (labels[value] ?? value) : '—'

function termRows(terms: AgreementTerms): Rows {
  switch (terms.type) {
    case 'economic-cooperation':
      return [
        ['Offre commune', terms.jointOffer],
        ['Apport de La Poste', terms.laPosteContribution],
        ['Apport du partenaire', terms.partnerContribution],
        [
          'Rémunération',
          `${label(REMUNERATION_MODEL_LABELS, terms.remunerationModel)} · ${formatEuros(terms.remunerationAmountCents)}`
        ],
        ['Facturation', label(BILLING_FREQUENCY_LABELS, terms.billingFrequency)],
        ['Territoire', terms.territory],
        ['Exclusivité', yesNo(terms.exclusivity)]
      ]
    case 'social-innovation':
      return [
        ['Service manquant', terms.missingService],
        ['Public visé', terms.targetPublic],
        [
          'Expérimentation',
          terms.experimentationMonths === null ? '' : `${terms.experimentationMonths} mois`
        ],
        ['Sites', list(terms.experimentationSites)],
        ['Plan d’évaluation', terms.evaluationPlan],
        [
          'Cofinancements',
          list(terms.coFinancing.map((item) => `${item.funder} : ${formatEuros(item.amountCents)}`))
        ],
        ['Propriété', label(OWNERSHIP_LABELS, terms.ownership)],
        ['Licence', terms.licence],
        ['Essaimage', terms.scaleUpConditions]
      ]
    case 'responsible-practices':
      return [
        ['Catégorie d’achat', terms.purchaseCategory],
        ['Fournisseur', label(SUPPLIER_STATUS_LABELS, terms.supplierStatus)],
        ['Marché réservé', yesNo(terms.reservedMarket)],
        ['Montant annuel', formatEuros(terms.yearlyAmountCents)],
        ['Lots', list(terms.lots.map((lot) => `${lot.label} : ${formatEuros(lot.amountCents)}`))],
        ['Heures de clause sociale', terms.socialClauseHours === null ? '' : `${terms.socialClauseHours} h`]
      ]
    case 'patronage':
      return [
        ['Nature', label(PATRONAGE_NATURE_LABELS, terms.nature)],
        ['Valeur du don', formatEuros(giftValueCents(terms))],
        [
          'Échéancier',
          list(
            terms.paymentSchedule.map(
              (payment) => `${formatDate(payment.date)} : ${formatEuros(payment.amountCents)}`
            )
          )
        ],
        [
          'Contreparties',
          list(terms.counterparts.map((item) => `${item.description} : ${formatEuros(item.valueCents)}`))
        ],
        ['Reçu fiscal', yesNo(terms.taxReceiptRequested)]
      ]
  }
}

/** The whole agreement, grouped as the document will be, for the review step. */
export function AgreementSummaryView({
  content,
  agreement,
  partner
}: {
  content: AgreementContent
  agreement: Agreement
  partner: Partner | undefined
}) {
  const { partnershipTypes, benefits, actionDomains } = useReference()
  const signatory = partner?.contacts.find((contact) => contact.id === content.partnerSignatoryContactId)
  return (
    <div className="agreement-summary">
      <Section
        title="Besoin et partenaire"
        rows={[
          ['Titre', content.title],
          ['Besoin local', agreement.needTitle],
          ['Partenaire', partner?.name ?? agreement.partnerName],
          [
            'Cadre',
            content.route === 'national-framework'
              ? `Accord-cadre national (${partner?.headNetwork ?? '—'})`
              : content.route === 'direct'
                ? 'Convention directe'
                : ''
          ]
        ]}
      />
      <Section
        title="Type et modalités"
        rows={[
          ['Type', partnershipTypes.find((type) => type.code === content.type)?.label ?? ''],
          ...(content.terms ? termRows(content.terms) : [])
        ]}
      />
      <Section
        title="Engagements et indicateurs"
        rows={[
          ['La Poste', list(content.laPosteCommitments)],
          ['Le partenaire', list(content.partnerCommitments)],
          [
            'Indicateurs',
            list(
              content.indicators.map(
                (indicator) => `${indicator.label} : ${indicator.target ?? '—'} ${indicator.unit}`
              )
            )
          ],
          [
            'Bénéfices',
            list(
              benefits
                .filter((benefit) => content.benefitCodes.includes(benefit.code as never))
                .map((benefit) => benefit.label)
            )
          ],
          [
            'Domaines',
            list(
              actionDomains
                .filter((domain) => content.domainIds.includes(domain.id))
                .map((domain) => domain.label)
            )
          ]
        ]}
      />
      <Section
        title="Durée et clauses"
        rows={[
          ['Début', formatDate(content.startDate)],
          ['Durée', content.durationMonths === null ? '' : `${content.durationMonths} mois`],
          ['Fin', formatDate(agreementEndDate(content.startDate, content.durationMonths))],
          [
            'Renouvellement',
            content.renewalRule
              ? { none: 'Aucun', tacit: 'Tacite reconduction', express: 'Exprès' }[content.renewalRule]
              : ''
          ],
          ['Préavis', content.noticeMonths === null ? '' : `${content.noticeMonths} mois`],
          ['Comité de suivi', content.followUpCommittee.composition],
          ['Juridiction', content.jurisdiction]
        ]}
      />
      <Section
        title="Signataires"
        rows={[
          [
            'Pour La Poste',
            [content.laPosteSignatory.name, content.laPosteSignatory.title].filter(Boolean).join(', ')
          ],
          [
            'Pour le partenaire',
            signatory ? [signatory.name, signatory.role].filter(Boolean).join(', ') : ''
          ],
          ['Lieu', content.place]
        ]}
      />
    </div>
  )
}
