import { z } from 'zod'
import type { StartupRecovery, StartupState } from '../domain/startup'
import type { Partner, PartnerSummary } from '../domain/partner'
import type { CommitmentSuggestions } from '../partnership-types/partnership-type-module'
import { typeQuestionnaireSchema, type TypeRecommendation } from '../agreements/type-recommender'
import type {
  AgreementCheck,
  AgreementHistoryEntry,
  AgreementPage,
  AgreementSummary,
  AgreementView
} from '../domain/agreement'
import type { BackupInfo, ContactErasureOutcome, RestoreOutcome } from '../domain/backup'
import type { ErasureImpact } from '../domain/erasure-impact'
import type { LocalNeed, LocalNeedSummary } from '../domain/need'
import { backupNameSchema } from '../schemas/backup.schema'
import { agreementQuerySchema } from '../schemas/agreement-query.schema'
import { transitionInputSchema } from '../schemas/agreement-transition.schema'
import {
  createAgreementInputSchema,
  PARTNERSHIP_TYPE_CODES,
  saveDraftInputSchema
} from '../schemas/agreement.schema'
import { needInputSchema, needQuerySchema } from '../schemas/need.schema'
import {
  clauseVariantRefSchema,
  clauseWordingInputSchema,
  domainInputSchema,
  headNetworkInputSchema,
  settingsInputSchema,
  type ClauseView,
  type Settings
} from '../schemas/settings.schema'
import type { CommuneOption, ReferenceData } from '../domain/reference'
import { idSchema, noInputSchema } from '../schemas/common.schema'
import { partnerInputSchema, partnerQuerySchema } from '../schemas/partner.schema'
import type { AmendmentDraftingView } from '../amendments/drafting-view'
import { createStructuredAmendmentInputSchema } from '../amendments/amendment-change.schema'
import type { Amendment, AgreementDocuments, DocumentVersion, VerificationResult } from '../domain/document'
import {
  attachScanInputSchema,
  createAmendmentInputSchema,
  documentTargetSchema,
  signInputSchema,
  verifyInputSchema
} from '../schemas/document.schema'
import type { Channel } from './channels'
import type { ExchangeProgress, ExportOutcome, ImportOutcome, ImportPreview } from '../domain/exchange'
import { droppedBundleSchema, exportInputSchema, importInputSchema } from '../schemas/exchange.schema'
import type { DeletedDraft, DueThisWeek, HomeLists } from '../domain/home'
import type { PortfolioStats, SearchHit } from '../domain/portfolio'
import type {
  CommitteeMeeting,
  FollowUpView,
  PartnerAgreementFollowUp,
  TerminationLetter
} from '../domain/follow-up'
import type { AgreementStatus } from '../domain/agreement'
import { globalSearchInputSchema, periodSchema, terminateInputSchema } from '../schemas/lifecycle.schema'
import {
  evaluationInputSchema,
  meetingInputSchema,
  minutesInputSchema,
  periodResultsInputSchema
} from '../schemas/follow-up.schema'
import type { CertificateSignatureSummary, CertificatesOverview } from '../signatures/certificate-summary'
import {
  addAuthorityInputSchema,
  importCertificateInputSchema,
  issueLocalCertificateInputSchema,
  recordPartnerPdfInputSchema,
  signWithCertificateInputSchema,
  signReceivedInputSchema
} from '../signatures/signature.schema'

/** A bundle staged in main (copied, so it cannot change before the import) and its preview. */
export interface StagedImport {
  token: string
  fileName: string
  preview: ImportPreview
}

/** A channel's input schema and, as a phantom type, its result. */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input
  output: Output
}

function channel<Input extends z.ZodType>(input: Input) {
  return {
    returns: <Output>(): ChannelSpec<Input, Output> => ({ input, output: undefined as Output })
  }
}

/** What the app did when it (re)started or the day changed. */
export interface HomeRefresh {
  /** Conventions started or ended automatically, as recorded in their history. */
  applied: Array<{ id: number; reference: string; to: AgreementStatus }>
  dueThisWeek: DueThisWeek
}

export interface AppInfo {
  version: string
  databasePath: string
}

/** The one IPC contract: every channel, what it accepts (validated in main) and what it returns. */
export const contract = {
  'app:info': channel(noInputSchema).returns<AppInfo>(),
  'startup:state': channel(noInputSchema).returns<StartupState>(),
  'startup:restoreLatestBackup': channel(noInputSchema).returns<StartupRecovery>(),
  'reference:get': channel(noInputSchema).returns<ReferenceData>(),
  'communes:byPostalCode': channel(
    z.object({ postalCode: z.string().regex(/^\d{5}$/, 'Le code postal compte 5 chiffres.') })
  ).returns<CommuneOption[]>(),
  'partners:list': channel(partnerQuerySchema).returns<PartnerSummary[]>(),
  'partners:get': channel(z.object({ id: idSchema })).returns<Partner>(),
  'partners:create': channel(partnerInputSchema).returns<Partner>(),
  'partners:update': channel(z.object({ id: idSchema, data: partnerInputSchema })).returns<Partner>(),
  'partners:setArchived': channel(z.object({ id: idSchema, archived: z.boolean() })).returns<Partner>(),

  // Editable reference lists (Settings). Each answers the fresh reference data; entries are archived, never deleted.
  'reference:addDomain': channel(domainInputSchema).returns<ReferenceData>(),
  'reference:updateDomain': channel(
    z.object({ id: idSchema, data: domainInputSchema })
  ).returns<ReferenceData>(),
  'reference:setDomainArchived': channel(
    z.object({ id: idSchema, archived: z.boolean() })
  ).returns<ReferenceData>(),
  'reference:addHeadNetwork': channel(headNetworkInputSchema).returns<ReferenceData>(),
  'reference:updateHeadNetwork': channel(
    z.object({ id: idSchema, data: headNetworkInputSchema })
  ).returns<ReferenceData>(),
  'reference:setHeadNetworkArchived': channel(
    z.object({ id: idSchema, archived: z.boolean() })
  ).returns<ReferenceData>(),

  // Coordinator profile and La Poste party; update replaces each section given, keeps the other.
  'settings:get': channel(noInputSchema).returns<Settings>(),
  'settings:update': channel(settingsInputSchema).returns<Settings>(),

  // Local needs. Communes are typed as { postalCode, name } and resolved against the official list.
  'needs:list': channel(needQuerySchema).returns<LocalNeedSummary[]>(),
  'needs:get': channel(z.object({ id: idSchema })).returns<LocalNeed>(),
  'needs:create': channel(needInputSchema).returns<LocalNeed>(),
  'needs:update': channel(z.object({ id: idSchema, data: needInputSchema })).returns<LocalNeed>(),
  /** Refused (CONFLICT) while agreements refer to the need. */
  'needs:remove': channel(z.object({ id: idSchema })).returns<null>(),
  'needs:agreements': channel(z.object({ id: idSchema })).returns<AgreementSummary[]>(),

  // Agreements. create/get/saveDraft/duplicate/transition all answer { agreement, check }.
  /** Creates a draft from a need and a partner, with its reference AD-<year>-<dept>-<nnnn>; wizard step 3. */
  'agreements:create': channel(createAgreementInputSchema).returns<AgreementView>(),
  'agreements:get': channel(z.object({ id: idSchema })).returns<AgreementView>(),
  /** Autosave: `changes` holds any subset of the content (terms replaced whole), `step` the wizard step reached. */
  'agreements:saveDraft': channel(saveDraftInputSchema).returns<AgreementView>(),
  'agreements:duplicate': channel(z.object({ id: idSchema })).returns<AgreementView>(),
  /** Status change; refused with the problems as fieldErrors when a draft is not ready. */
  'agreements:transition': channel(transitionInputSchema).returns<AgreementView>(),
  'agreements:check': channel(z.object({ id: idSchema })).returns<AgreementCheck>(),
  'agreements:history': channel(z.object({ id: idSchema })).returns<AgreementHistoryEntry[]>(),
  /** The register: full-text search, filters, sort, one page and the total count. */
  'agreements:search': channel(agreementQuerySchema).returns<AgreementPage>(),
  'agreements:recommendType': channel(typeQuestionnaireSchema).returns<TypeRecommendation>(),
  'agreements:suggestions': channel(
    z.object({ type: z.enum(PARTNERSHIP_TYPE_CODES) })
  ).returns<CommitmentSuggestions>(),

  // Backups (Settings). A backup is named by its file name in the backups folder, never by a path.
  'backups:list': channel(noInputSchema).returns<BackupInfo[]>(),
  'backups:create': channel(noInputSchema).returns<BackupInfo>(),
  /** Backs the current database up first, then replaces its content with the backup's. */
  'backups:restore': channel(z.object({ name: backupNameSchema })).returns<RestoreOutcome>(),
  /** GDPR erasure of one contact; answers which backups still hold them until rotation. */
  'partners:eraseContact': channel(z.object({ contactId: idSchema })).returns<ContactErasureOutcome>(),
  /** Before erasing: the signatures and issued documents that keep the contact's name (proof of signed agreements). */
  'partners:erasureImpact': channel(z.object({ contactId: idSchema })).returns<ErasureImpact>(),

  // Exchange bundles with head networks. Dialogs are opened by main; the renderer never names a path.
  /** Asks where to save (null if cancelled), then writes the bundle; poll exchange:progress meanwhile. */
  'exchange:export': channel(exportInputSchema).returns<ExportOutcome | null>(),
  'exchange:progress': channel(noInputSchema).returns<ExchangeProgress | null>(),
  /** Open dialog, then checks and previews the chosen bundle (null if cancelled); refused bundles: BUNDLE_REFUSED. */
  'exchange:chooseImport': channel(noInputSchema).returns<StagedImport | null>(),
  /** The same for a file dropped on the page, sent as bytes. */
  'exchange:previewImport': channel(droppedBundleSchema).returns<StagedImport>(),
  /** Merges a previewed bundle in one transaction; every conflict needs a choice (keep / take). */
  'exchange:import': channel(importInputSchema).returns<ImportOutcome>(),

  // Documents of an agreement (and of its amendments): versions with their SHA-256, signatures, verification.
  /** Issues a DOCX: draft, "for signature" once ready, "signed" once signatures are recorded. */
  'documents:generate': channel(documentTargetSchema).returns<DocumentVersion>(),
  'documents:list': channel(z.object({ id: idSchema })).returns<AgreementDocuments>(),
  /** The HTML rendering of the document as it would be generated now (escaped, self-contained). */
  'documents:preview': channel(documentTargetSchema).returns<string>(),
  /** Bytes of a .docx or .pdf (base64): issued and unchanged, modified, or unknown. */
  'documents:verify': channel(verifyInputSchema).returns<VerificationResult>(),
  /** Drawn signatures of a "for signature" version: answers the signed version; the agreement becomes signed. */
  'documents:sign': channel(signInputSchema).returns<DocumentVersion>(),
  /** A scanned signed paper copy (PDF, PNG or JPEG, base64) of a "for signature" version. */
  'documents:attachScan': channel(attachScanInputSchema).returns<{ fileName: string; sha256: string }>(),
  /** Save dialog, then a copy of the version there (null if cancelled). */
  'documents:saveAs': channel(z.object({ versionId: idSchema })).returns<{ savedTo: string } | null>(),
  'documents:showInFolder': channel(z.object({ versionId: idSchema })).returns<null>(),
  /** System print dialog on the print view. */
  'documents:print': channel(documentTargetSchema).returns<null>(),
  /** Save dialog, then the print view as PDF, recorded as a version (null if cancelled). */
  'documents:exportPdf': channel(documentTargetSchema).returns<{
    version: DocumentVersion
    savedTo: string
  } | null>(),
  /** An amendment (avenant) of a signed or active agreement, listing the articles it rewrites. */
  'documents:createAmendment': channel(createAmendmentInputSchema).returns<Amendment>(),

  // Certificates that sign documents (Settings). Private keys stay in main, sealed; each call answers the overview.
  'certificates:overview': channel(noInputSchema).returns<CertificatesOverview>(),
  /** A personal certificate from a PKCS#12 file (bytes, base64) and its passphrase. */
  'certificates:importPkcs12': channel(importCertificateInputSchema).returns<CertificatesOverview>(),
  /** A local certificate for this installation: simple signatures only. */
  'certificates:issueLocal': channel(issueLocalCertificateInputSchema).returns<CertificatesOverview>(),
  'certificates:remove': channel(z.object({ id: idSchema }).strict()).returns<CertificatesOverview>(),
  /** A certification authority (.cer, .crt, .pem) trusted for advanced signatures. */
  'certificates:addAuthority': channel(addAuthorityInputSchema).returns<CertificatesOverview>(),
  'certificates:removeAuthority': channel(
    z.object({ id: idSchema }).strict()
  ).returns<CertificatesOverview>(),

  // Cryptographic signatures of the latest version for signature: PAdES on the PDF, OOXML on the Word file.
  /** One party signs with a stored certificate: answers the signed PDF and Word versions. */
  'signatures:sign': channel(signWithCertificateInputSchema).returns<DocumentVersion[]>(),
  /** The PDF La Poste signed, come back signed by the partner with their own software: verified, then recorded. */
  'signatures:recordPartnerPdf': channel(recordPartnerPdfInputSchema).returns<DocumentVersion[]>(),
  /** On the partner's installation: the PDF La Poste signed, received in a bundle, signed for the partner. */
  'signatures:signReceived': channel(signReceivedInputSchema).returns<DocumentVersion>(),
  /** The certificate signatures of an agreement and of its amendments. */
  'signatures:list': channel(z.object({ agreementId: idSchema }).strict()).returns<
    CertificateSignatureSummary[]
  >(),
  // Desktop shell. A bundle the system asked to open (double-click, « Ouvrir avec », a second launch) waits in
  // main; the renderer asks for it when the window gains focus. Paths never travel: main holds them.
  /** The name of the next bundle waiting to be opened, without taking it; null when none is waiting. */
  'exchange:pendingOpen': channel(noInputSchema).returns<{ fileName: string } | null>(),
  /** Takes the next waiting bundle and previews it like exchange:chooseImport (null when none is waiting). */
  'exchange:takePendingOpen': channel(noInputSchema).returns<StagedImport | null>(),
  /** Opens a version's recorded file with the system's program for it (Word for .docx, the PDF reader for .pdf). */
  'documents:openInWord': channel(z.object({ versionId: idSchema })).returns<null>(),

  // After the signature. The home page « À traiter »: every list with what to do; the total is shown in the menu.
  'home:lists': channel(noInputSchema).returns<HomeLists>(),
  /** At start-up and when the day changes: automatic starts and ends; the first call notifies what is due this week. */
  'home:refresh': channel(noInputSchema).returns<HomeRefresh>(),
  'portfolio:stats': channel(noInputSchema).returns<PortfolioStats>(),
  /** Ctrl+K: conventions, partners and needs matching the text. */
  'search:global': channel(globalSearchInputSchema).returns<SearchHit[]>(),
  /** Early termination: effective date (not before the start), reason and who decided, all required. */
  'lifecycle:terminate': channel(terminateInputSchema).returns<AgreementView>(),
  /** A new draft pre-filled from a signed convention, linked both ways; asked twice, answers the same draft. */
  'lifecycle:renew': channel(z.object({ id: idSchema })).returns<AgreementView>(),
  /** Deletes a draft; its history is kept in the deletion log. */
  'lifecycle:deleteDraft': channel(z.object({ id: idSchema })).returns<{ reference: string }>(),
  'lifecycle:deletedDrafts': channel(noInputSchema).returns<DeletedDraft[]>(),
  /** The termination letter as a Word file, stored under documents/<reference>/ with its SHA-256. */
  'lifecycle:issueLetter': channel(z.object({ id: idSchema })).returns<TerminationLetter>(),
  'lifecycle:saveLetterAs': channel(z.object({ letterId: idSchema })).returns<{ savedTo: string } | null>(),
  'followUp:get': channel(z.object({ id: idSchema })).returns<FollowUpView>(),
  /** A committee meeting, new or corrected (with its id). */
  'followUp:saveMeeting': channel(meetingInputSchema).returns<FollowUpView>(),
  /** Minutes of a meeting (PDF, Word, OpenDocument, PNG or JPEG, 15 MB at most), sent as base64. */
  'followUp:attachMinutes': channel(minutesInputSchema).returns<CommitteeMeeting>(),
  'followUp:saveMinutesAs': channel(z.object({ meetingId: idSchema })).returns<{ savedTo: string } | null>(),
  /** The indicator results of one reporting period (a null value removes one recorded before). */
  'followUp:recordResults': channel(periodResultsInputSchema).returns<FollowUpView>(),
  'followUp:saveEvaluation': channel(evaluationInputSchema).returns<FollowUpView>(),
  'followUp:byPartner': channel(z.object({ partnerId: idSchema })).returns<PartnerAgreementFollowUp[]>(),
  /** Save dialog, then the .ics of the reminders in the period (null if cancelled). */
  'calendar:export': channel(periodSchema).returns<{ savedTo: string; eventCount: number } | null>(),
  // Clause library (Settings › Clauses): each clause's variants, default and wording in force, with its version.
  'clauses:list': channel(noInputSchema).returns<ClauseView[]>(),
  /** A new version of one variant's wording; refused (VALIDATION, field `text`) with an unknown {slot}. */
  'clauses:saveWording': channel(clauseWordingInputSchema).returns<ClauseView>(),
  /** A new version that goes back to the library's default text. */
  'clauses:restoreDefault': channel(clauseVariantRefSchema).returns<ClauseView>(),
  // Amendments that amend: structured changes on named clauses, the register updated when signed.
  /** The convention as last amended, clause by clause, and the register as it stands: the form starts there. */
  'amendments:draftingView': channel(z.object({ id: idSchema })).returns<AmendmentDraftingView>(),
  /** A draft amendment; refused (VALIDATION, field `changes.N.…`) when a change cannot be made as worded. */
  'amendments:create': channel(createStructuredAmendmentInputSchema).returns<Amendment>(),
  /** Save dialog, then the convention as amended, as Word with tracked changes (null if cancelled). */
  'amendments:saveConsolidated': channel(
    z.object({ agreementId: idSchema, amendmentId: idSchema.nullable() }).strict()
  ).returns<{ savedTo: string } | null>()
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']
