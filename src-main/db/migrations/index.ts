import type { Kysely } from 'kysely'
import * as createReferenceData from './0001-create-reference-data'
import * as createPartners from './0002-create-partners'
import * as createLocalNeeds from './0003-create-local-needs'
import * as createAgreements from './0004-create-agreements'
import * as createSettings from './0005-create-settings'
import * as createAgreementSearch from './0006-create-agreement-search'
import * as createDocuments from './0010-create-documents'
import * as createExchangeSync from './0020-create-exchange-sync'
import * as recordImportedDocuments from './0021-record-imported-documents'
import * as splitLegalFormAndStatus from './0025-split-legal-form-and-status'
import * as createFollowUp from './0060-create-follow-up'
import * as createLifecycle from './0061-create-lifecycle'
import * as inclusiveEndDates from './0030-inclusive-end-dates'
import * as createClauseWordings from './0031-create-clause-wordings'
import * as createSigningCertificates from './0080-create-signing-certificates'
import * as createCertificateSignatures from './0081-create-certificate-signatures'
import * as typedSignatures from './0070-typed-signatures'
import * as setApplicationId from './0050-set-application-id'
import * as createTrustKeys from './0051-create-trust-keys'
import * as createReceivedConflicts from './0052-create-received-conflicts'
import * as structureAmendments from './0090-structure-amendments'

export interface Migration {
  name: string
  up(db: Kysely<any>): Promise<void>
}

/**
 * Every migration, in order; the schema version is the count applied. Statically imported so the bundled
 * main process has them (a folder scan breaks once bundled). Never edit or reorder a landed migration.
 */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-create-reference-data', ...createReferenceData },
  { name: '0002-create-partners', ...createPartners },
  { name: '0003-create-local-needs', ...createLocalNeeds },
  { name: '0004-create-agreements', ...createAgreements },
  { name: '0005-create-settings', ...createSettings },
  { name: '0006-create-agreement-search', ...createAgreementSearch },
  { name: '0010-create-documents', ...createDocuments },
  { name: '0020-create-exchange-sync', ...createExchangeSync },
  { name: '0021-record-imported-documents', ...recordImportedDocuments },
  { name: '0025-split-legal-form-and-status', ...splitLegalFormAndStatus },
  { name: '0060-create-follow-up', ...createFollowUp },
  { name: '0061-create-lifecycle', ...createLifecycle },
  { name: '0030-inclusive-end-dates', ...inclusiveEndDates },
  { name: '0031-create-clause-wordings', ...createClauseWordings },
  { name: '0080-create-signing-certificates', ...createSigningCertificates },
  { name: '0081-create-certificate-signatures', ...createCertificateSignatures },
  { name: '0050-set-application-id', ...setApplicationId },
  { name: '0051-create-trust-keys', ...createTrustKeys },
  { name: '0070-typed-signatures', ...typedSignatures },
  { name: '0090-structure-amendments', ...structureAmendments },
  { name: '0052-create-received-conflicts', ...createReceivedConflicts }
]
