import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { completeChanges, seedNeedAndPartner } from './agreement-fixtures'
import type { AppServices } from '../../src-main/services/app-services'
import type { PartnershipTypeCode } from '../../src-main/shared/reference/reference-data'
import type { AgreementTerms } from '../../src-main/shared/schemas/agreement-terms.schema'
import { emptyTerms } from '../../src-main/shared/agreements/empty-terms'
import { signatureDataUrl } from './png'

/** Terms of each type with every table filled, so documents show all their clauses and figures. */
export function richTerms(type: PartnershipTypeCode): AgreementTerms {
  switch (type) {
    case 'economic-cooperation':
      return {
        ...emptyTerms(type),
        type,
        jointOffer: 'Relais Poste ESS dans l’épicerie associative du bourg',
        laPosteContribution: 'Formation des bénévoles et matériel d’affranchissement',
        partnerContribution: 'Accueil du public six jours sur sept',
        remunerationModel: 'flat-monthly',
        remunerationAmountCents: 150_000,
        billingFrequency: 'monthly',
        territory: 'Canton de Sauveterre',
        exclusivity: true,
        openingHours: 'Du mardi au samedi, de 9 h à 12 h 30'
      }
    case 'social-innovation':
      return {
        ...emptyTerms(type),
        type,
        missingService: 'Formation à la banque en ligne',
        targetPublic: 'Personnes éloignées du numérique',
        experimentationMonths: 6,
        experimentationSites: ['Bureau de poste de Bruges', 'Étape numérique de Blanquefort'],
        evaluationPlan: 'Bilan à 6 mois avec questionnaire',
        coFinancing: [{ funder: 'Conseil départemental', amountCents: 1_250_050 }],
        ownership: 'shared',
        licence: 'CC BY-SA 4.0',
        scaleUpConditions: 'Au moins 100 personnes formées',
        dataCollector: 'partner',
        dataRole: 'separate-controllers'
      }
    case 'responsible-practices':
      return {
        ...emptyTerms(type),
        type,
        purchaseCategory: 'Entretien des espaces verts',
        supplierStatus: 'other',
        reservedMarket: false,
        yearlyAmountCents: 2_400_000,
        lots: [
          { label: 'Lot 1 — Tonte', amountCents: 1_400_000 },
          { label: 'Lot 2 — Taille des haies', amountCents: 1_000_000 }
        ],
        socialClauseHours: 1200
      }
    case 'patronage':
      return {
        ...emptyTerms(type),
        type,
        nature: 'skills',
        amountCents: null,
        skills: {
          employees: 4,
          days: 10,
          dailyCostCents: 35_000,
          valuationBasis: 'Coût salarial chargé moyen',
          missions: 'Logistique des collectes nationales',
          placeAndHours: 'Entrepôt de Bruges, de 8 h à 17 h'
        },
        paymentSchedule: [],
        counterparts: [{ description: 'Mention du soutien sur le site', valueCents: 100_000 }],
        taxReceiptRequested: true
      }
  }
}

/** An agreement of the given type, complete and "ready for signature". */
const seeded = new WeakMap<AppServices, ReturnType<typeof seedNeedAndPartner>>()

export async function readyAgreement(services: AppServices, type: PartnershipTypeCode) {
  if (!seeded.has(services)) seeded.set(services, seedNeedAndPartner(services))
  const { partner, need, signatoryId } = await (seeded.get(services) as ReturnType<typeof seedNeedAndPartner>)
  const created = await services.agreements.create({ needId: need.id, partnerId: partner.id, type })
  const id = created.agreement.id
  await services.agreements.saveDraft({
    id,
    changes: { ...completeChanges(type, signatoryId), terms: richTerms(type), title: `Partenariat ${type}` }
  })
  const ready = await services.agreements.transition({ id, to: 'ready_for_signature' })
  return ready.agreement
}

/** Both parties sign a "for signature" version in the app, at Bordeaux, with drawn signatures. */
export function signBoth(services: AppServices, versionId: number) {
  return services.documents.sign({
    versionId,
    place: 'Bordeaux',
    signatures: [
      {
        party: 'la-poste',
        method: 'drawn',
        signerName: 'Claire Martin',
        signerTitle: 'Directrice régionale',
        imageDataUrl: signatureDataUrl()
      },
      {
        party: 'partner',
        method: 'drawn',
        signerName: 'Bernard Lafitte',
        signerTitle: 'Président',
        imageDataUrl: signatureDataUrl(240, 80)
      }
    ]
  })
}

/** The same DOCX with one character of the agreement text changed inside word/document.xml. */
export function withOneCharacterChanged(docx: Uint8Array): Buffer {
  const parts = unzipSync(docx)
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array)
  const changed = xml.replace('Bordeaux', 'Bordeaus')
  if (changed === xml) throw new Error('this document does not mention Bordeaux')
  return Buffer.from(zipSync({ ...parts, 'word/document.xml': strToU8(changed) }))
}

/** Amendment n° N of a signed economic-cooperation convention: its article 5 raises the remuneration. */
export function amendRemuneration(services: AppServices, agreementId: number) {
  return services.documents.createAmendment({
    agreementId,
    reason: 'Hausse de la rémunération',
    effectiveDate: '2030-07-01',
    changes: [
      {
        articleNumber: 5,
        articleTitle: 'Modalités de la coopération économique',
        newText: 'La rémunération passe à 1 800 € par mois.'
      }
    ]
  })
}
