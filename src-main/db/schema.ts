import type { Kysely } from 'kysely'
import type {
  AgreementBenefitTable,
  AgreementDomainTable,
  AgreementFtsTable,
  AgreementHistoryTable,
  AgreementSequenceTable,
  AgreementTable
} from './tables/agreement.table'
import type {
  AgreementAmendmentTable,
  DocumentSignatureTable,
  DocumentVersionTable
} from './tables/document.table'
import type { ExchangeSyncTable } from './tables/exchange.table'
import type {
  CommitteeMeetingTable,
  FinalEvaluationTable,
  IndicatorResultTable
} from './tables/follow-up.table'
import type {
  AgreementRenewalTable,
  AgreementTerminationTable,
  DeletedAgreementTable,
  TerminationLetterTable
} from './tables/lifecycle.table'
import type { LocalNeedTable, NeedCommuneTable } from './tables/need.table'
import type { PartnerContactTable, PartnerTable } from './tables/partner.table'
import type {
  ActionDomainTable,
  BenefitTable,
  EngagementTable,
  HeadNetworkTable,
  LegalFormTable,
  PartnershipTypeTable
} from './tables/reference.table'
import type { SettingsTable } from './tables/settings.table'
import type { ClauseWordingTable, DocumentClauseSourceTable } from './tables/clause.table'
import type {
  CertificateSignatureTable,
  SigningCertificateTable,
  TrustedAuthorityTable
} from './tables/signature.table'
import type {
  InstallationKeyTable,
  KnownSenderTable,
  ReceivedBundleTable,
  ReceivedConflictTable
} from './tables/trust.table'

/** Every table of the application database, as Kysely sees it. */
export interface Database {
  engagements: EngagementTable
  action_domains: ActionDomainTable
  partnership_types: PartnershipTypeTable
  benefits: BenefitTable
  legal_forms: LegalFormTable
  head_networks: HeadNetworkTable
  partners: PartnerTable
  partner_contacts: PartnerContactTable
  local_needs: LocalNeedTable
  need_communes: NeedCommuneTable
  agreements: AgreementTable
  agreement_domains: AgreementDomainTable
  agreement_benefits: AgreementBenefitTable
  agreement_history: AgreementHistoryTable
  agreement_sequences: AgreementSequenceTable
  agreements_fts: AgreementFtsTable
  settings: SettingsTable
  agreement_amendments: AgreementAmendmentTable
  document_versions: DocumentVersionTable
  document_signatures: DocumentSignatureTable
  exchange_sync: ExchangeSyncTable
  committee_meetings: CommitteeMeetingTable
  indicator_results: IndicatorResultTable
  final_evaluations: FinalEvaluationTable
  agreement_terminations: AgreementTerminationTable
  termination_letters: TerminationLetterTable
  agreement_renewals: AgreementRenewalTable
  deleted_agreements: DeletedAgreementTable
  clause_wordings: ClauseWordingTable
  document_clause_sources: DocumentClauseSourceTable
  signing_certificates: SigningCertificateTable
  trusted_authorities: TrustedAuthorityTable
  certificate_signatures: CertificateSignatureTable
  installation_key: InstallationKeyTable
  known_senders: KnownSenderTable
  received_bundles: ReceivedBundleTable
  received_conflicts: ReceivedConflictTable
}

export type AppDatabase = Kysely<Database>
