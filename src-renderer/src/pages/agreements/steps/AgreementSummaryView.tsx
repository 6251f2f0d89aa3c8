import { agreementEndDate } from '@shared/agreements/agreement-dates'
import type { Agreement } from '@shared/domain/agreement'
import type { Partner } from '@shared/domain/partner'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { useReference } from '../../../app/reference-context'
import { formatDate } from '../../../format'
import { list, type SummaryRows } from '../terms/summary-values'
import { termsSummary } from '../terms/terms-by-type'

function Section({ title, rows }: { title: string; rows: SummaryRows }) {
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
          ...(content.terms ? termsSummary(content.terms) : [])
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
