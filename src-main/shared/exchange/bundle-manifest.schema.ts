import { z } from 'zod'
import '../schemas/french-messages'
import { AGREEMENT_STATUSES } from '../domain/agreement'
import {
  agreementContentSchema,
  indicatorSchema,
  isoDateSchema,
  signatorySchema,
  wizardStepSchema
} from '../schemas/agreement.schema'
import { agreementTermsSchema } from '../schemas/agreement-terms.schema'
import {
  recordChangeSchemas,
  signatoryChangeSchema,
  wordingChangeSchemas
} from '../amendments/amendment-change.schema'
import { amendedArticleSchema } from '../schemas/document.schema'
import { LEGACY_LEGAL_FORMS } from '../reference/reference-data'

/**
 * The `manifest.json` of an exchange bundle, format version 1. Everything in it comes from another installation and
 * is validated here before anything is written; the agreements' content reuses the very schemas local drafts obey.
 * Local row ids never travel: partners, needs and contacts are named by keys local to the bundle, domains by code.
 */

export const BUNDLE_FORMAT = 'alliance-conventions-bundle'
export const BUNDLE_VERSION = 1
export const MANIFEST_NAME = 'manifest.json'

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Empreinte SHA-256 invalide.')
const shortText = z.string().max(300)
const longText = z.string().max(4000)
const isoTimestamp = z.iso.datetime({ offset: true })
/** A file inside the bundle: a plain relative path, checked again against the zip's own entry names. */
export const bundlePathSchema = z
  .string()
  .min(1)
  .max(240)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/, 'Chemin de fichier invalide.')
const keySchema = z.string().min(1).max(40)
/** A certificate's SHA-256 fingerprint, as Node's `X509Certificate.fingerprint256` writes it. */
export const certificateFingerprintSchema = z
  .string()
  .regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/, 'Empreinte de certificat invalide.')

/** The editable content of an agreement without the local ids (need, partner, domains, partner signatory). */
export const portableContentSchema = agreementContentSchema.omit({
  needId: true,
  partnerId: true,
  domainIds: true,
  partnerSignatoryContactId: true
})

export const bundleContactSchema = z.object({
  name: z.string().max(120),
  role: z.string().max(120).nullable(),
  email: z.string().max(254).nullable(),
  phone: z.string().max(40).nullable(),
  maySign: z.boolean()
})

export const bundlePartnerSchema = z
  .object({
    key: keySchema,
    name: z.string().min(1).max(200),
    legalForm: z.string().min(1).max(60),
    /** Added after the first bundles: absent means none. */
    statuses: z.array(z.string().min(1).max(40)).max(10).default([]),
    managingBodyName: z.string().max(200).nullable().default(null),
    shareCapitalCents: z.number().int().min(0).nullable().default(null),
    rcsCity: z.string().max(60).nullable().default(null),
    siret: z
      .string()
      .regex(/^\d{14}$/)
      .nullable(),
    rna: z.string().max(20).nullable(),
    addressLine: z.string().max(300).nullable(),
    postalCode: z.string().max(10).nullable(),
    commune: z.string().max(120).nullable(),
    communeCode: z.string().max(10).nullable(),
    headNetwork: z.string().max(200).nullable(),
    labelled: z.boolean(),
    generalInterest: z.boolean(),
    contacts: z.array(bundleContactSchema).max(50)
  })
  // The first bundles gave statuses as legal forms (« esat »): read them as a legal form and a status.
  .transform((partner) => {
    const legacy = LEGACY_LEGAL_FORMS[partner.legalForm]
    if (!legacy) return partner
    const statuses = partner.statuses.includes(legacy.status)
      ? partner.statuses
      : [...partner.statuses, legacy.status]
    return { ...partner, legalForm: legacy.legalForm, statuses }
  })

export const bundleNeedSchema = z.object({
  key: keySchema,
  title: z.string().min(1).max(300),
  description: longText,
  targetPublic: longText,
  peopleReached: z.number().int().min(0).nullable(),
  domainCode: z.string().max(80).nullable(),
  identifiedBy: shortText,
  communes: z
    .array(
      z.object({
        communeCode: z.string().max(10),
        communeName: z.string().max(120),
        postalCode: z.string().max(10),
        department: z.string().max(3)
      })
    )
    .max(200)
})

export const bundleHistorySchema = z.object({
  at: isoTimestamp,
  kind: z.string().max(40),
  fromStatus: z.enum(AGREEMENT_STATUSES).nullable(),
  toStatus: z.enum(AGREEMENT_STATUSES).nullable(),
  summary: z.string().max(2000)
})

/**
 * A structured change of an amendment as it travels: the amendment form's own schema, except that the partner's new
 * signatory is named (local contact ids never travel).
 */
export const bundleAmendmentChangeSchema = z.discriminatedUnion('kind', [
  ...wordingChangeSchemas,
  ...recordChangeSchemas,
  signatoryChangeSchema({ contactName: z.string().max(120).nullable() })
])

/** What the register said before a signed amendment changed it (end date through the duration, amounts…). */
export const bundleRegisterStateSchema = z
  .object({
    durationMonths: z.number().int().min(1).max(120).nullable(),
    terms: agreementTermsSchema.nullable(),
    indicators: z.array(indicatorSchema).max(30),
    laPosteSignatory: signatorySchema,
    partnerSignatoryName: z.string().max(120).nullable()
  })
  .strict()

/**
 * An amendment (avenant) of the agreement, named by its number; absent from bundles written before they travelled.
 * `changes` is the whole-article summary the first readers know; the structured changes, the capacities it names and
 * the register state a signed amendment replaced came later, optional and additive (an older reader drops them, an
 * older bundle has none).
 */
export const bundleAmendmentSchema = z.object({
  number: z.number().int().min(1).max(999),
  reason: z.string().max(2000),
  effectiveDate: isoDateSchema.nullable(),
  changes: z.array(amendedArticleSchema).min(1).max(30),
  status: z.enum(['draft', 'signed']),
  createdAt: isoTimestamp,
  signedAt: isoTimestamp.nullable(),
  structuredChanges: z.array(bundleAmendmentChangeSchema).min(1).max(30).nullable().default(null),
  signatories: z
    .object({ laPoste: signatorySchema, partner: signatorySchema })
    .strict()
    .nullable()
    .default(null),
  registerBefore: bundleRegisterStateSchema.nullable().default(null)
})

/** Which document a file or a signature belongs to: the agreement itself (null) or one of its amendments. */
const amendmentNumberSchema = z.number().int().min(1).max(999).nullable().default(null)

export const bundleSignatureSchema = z.object({
  amendmentNumber: amendmentNumberSchema,
  signerName: z.string().max(200),
  /** Absent from bundles written before it travelled. */
  signerTitle: z.string().max(200).default(''),
  party: z.enum(['la-poste', 'partner']),
  signedAt: isoTimestamp,
  place: z.string().max(200),
  method: z.enum(['drawn', 'typed', 'scanned']),
  /** Fingerprint of the version signed. */
  documentSha256: sha256Schema,
  /** For a paper signature: fingerprint of the scanned signed copy, shipped as a `signed_copy` document. */
  scanSha256: sha256Schema.nullable().default(null)
})

/**
 * The follow-up of a signed agreement (committees, results, final evaluation, early termination). Optional and
 * additive: bundles written before it travelled have none, and an installation that does not know it ignores it.
 */
export const bundleFollowUpSchema = z.object({
  termination: z
    .object({
      effectiveDate: isoDateSchema,
      reason: z.string().max(1000),
      decidedBy: z.enum(['la-poste', 'partner', 'mutual'])
    })
    .nullable(),
  meetings: z
    .array(
      z.object({
        heldOn: isoDateSchema,
        /** Empty in an anonymised bundle. */
        attendees: z.array(z.string().max(200)).max(40),
        decisions: z.string().max(8000),
        minutesSha256: sha256Schema.nullable()
      })
    )
    .max(500),
  results: z
    .array(
      z.object({
        indicatorLabel: z.string().max(300),
        unit: z.string().max(50),
        target: z.number().min(0).nullable(),
        periodNumber: z.number().int().min(1).max(20),
        periodStart: isoDateSchema,
        periodEnd: isoDateSchema,
        value: z.number().min(0),
        comment: z.string().max(1000)
      })
    )
    .max(600),
  evaluation: z
    .object({
      writtenOn: isoDateSchema,
      outcome: z.enum(['met', 'partly-met', 'not-met']),
      recommendation: z.enum(['renew', 'adapt', 'stop']),
      summary: z.string().max(8000)
    })
    .nullable()
})

export const bundleAgreementSchema = z.object({
  reference: z.string().regex(/^AD-\d{4}-[0-9AB]{2,3}-\d{4}$/, 'Référence de convention invalide.'),
  status: z.enum(AGREEMENT_STATUSES),
  year: z.number().int().min(2000).max(2100),
  department: z.string().regex(/^(\d{2}|2A|2B|97[1-6])$/),
  wizardStep: wizardStepSchema,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  partnerKey: keySchema.nullable(),
  needKey: keySchema.nullable(),
  domainCodes: z.array(z.string().max(80)).max(12),
  /** Name of the partner contact who signs (absent from anonymised bundles). */
  partnerSignatoryName: z.string().max(120).nullable(),
  content: portableContentSchema,
  /** SHA-256 of the agreement's portable content: recomputed on import, never trusted. */
  contentHash: sha256Schema,
  /** The hash the exporting side last exchanged for this agreement (null if never): the common base. */
  baseHash: sha256Schema.nullable(),
  history: z.array(bundleHistorySchema).max(2000),
  signatures: z.array(bundleSignatureSchema).max(200),
  amendments: z.array(bundleAmendmentSchema).max(50).default([]),
  followUp: bundleFollowUpSchema.optional()
})

export const bundleDomainSchema = z.object({
  code: z.string().min(1).max(80),
  label: z.string().min(1).max(120),
  engagementCode: z.enum(['territories', 'social-inclusion', 'ethical-digital', 'ecological-transition'])
})

export const bundleFileSchema = z.object({
  path: bundlePathSchema,
  sha256: sha256Schema,
  size: z.number().int().min(0)
})

export const bundleDocumentSchema = bundleFileSchema.extend({
  agreementReference: bundleAgreementSchema.shape.reference,
  amendmentNumber: amendmentNumberSchema,
  /** A Word or PDF version, or `signed_copy`: the paper copy signed by hand and scanned (PDF, PNG or JPEG). */
  kind: z.enum(['for_signature', 'signed', 'signed_copy']),
  version: z.number().int().min(1),
  createdAt: isoTimestamp,
  /**
   * For a PDF sealed with certificates: the SHA-256 fingerprints (as `AB:CD:…`) of the certificates whose
   * signatures it carries, in order — what the sender announces, checked against the file on import. Optional and
   * additive: bundles written before it travelled have none, and a reader that does not know it drops it.
   */
  signedBy: z.array(certificateFingerprintSchema).max(20).optional()
})

/** The most each list of a manifest may hold. */
export const MANIFEST_LIST_LIMITS = {
  partners: 20_000,
  needs: 20_000,
  agreements: 20_000,
  documents: 50_000
} as const

export const bundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    bundleId: z.uuid(),
    exportedAt: isoTimestamp,
    exportedBy: z.object({ name: shortText, email: shortText, region: shortText, department: shortText }),
    anonymised: z.boolean(),
    selection: shortText,
    domains: z.array(bundleDomainSchema).max(500),
    partners: z.array(bundlePartnerSchema).max(MANIFEST_LIST_LIMITS.partners),
    needs: z.array(bundleNeedSchema).max(MANIFEST_LIST_LIMITS.needs),
    agreements: z.array(bundleAgreementSchema).max(MANIFEST_LIST_LIMITS.agreements),
    documents: z.array(bundleDocumentSchema).max(MANIFEST_LIST_LIMITS.documents),
    /** Every other file of the bundle (summaries), with its fingerprint. */
    files: z.array(bundleFileSchema).max(10)
  })
  .strict()

export type BundleManifest = z.infer<typeof bundleManifestSchema>
export type BundleFollowUp = z.infer<typeof bundleFollowUpSchema>
export type BundleAgreement = z.infer<typeof bundleAgreementSchema>
export type BundlePartner = z.infer<typeof bundlePartnerSchema>
export type BundleNeed = z.infer<typeof bundleNeedSchema>
export type BundleDocument = z.infer<typeof bundleDocumentSchema>
export type BundleSignature = z.infer<typeof bundleSignatureSchema>
export type BundleAmendment = z.infer<typeof bundleAmendmentSchema>
export type BundleAmendmentChange = z.infer<typeof bundleAmendmentChangeSchema>
export type BundleRegisterState = z.infer<typeof bundleRegisterStateSchema>
export type PortableContent = z.infer<typeof portableContentSchema>
