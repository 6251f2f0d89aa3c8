import { numberArticles } from './articles/article-draft'
import {
  createCommonClosingArticles,
  createCommunicationArticle,
  createDurationArticle,
  createFinancialTermsArticle
} from './articles/common-articles'
import {
  createGovernanceArticle,
  createIndicatorsArticle,
  createLaPosteCommitmentsArticle,
  createObjectArticle,
  createPartnerCommitmentsArticle
} from './articles/commitment-articles'
import { createTermsArticle } from './articles/terms-article'
import { resolveClause, type ClauseSource, type ClauseWordings } from './clause-library/clause-definition'
import { SIGNATURE_FORMULA_CLAUSE } from './clause-library/common-clauses-ending'
import { conventionFacts, type ConventionFacts } from './clause-library/convention-facts'
import { resolveCrossReferences } from './cross-references'
import { inlineText, type Annex, type DocumentMeta, type DocumentModel } from './document-model'
import { orMissing, type DocumentSources } from './document-sources'
import { frenchTypography as fr } from './french-typography'
import { createNeedAnnex } from './need-annex'
import { createParties, PARTIES_NOTE } from './parties'
import { createPreamble } from './preamble'
import {
  createCertificate,
  createSignatureBlock,
  signatureMode,
  signaturePlaceAndDate,
  type SigningRecord
} from './signature-block'

/**
 * The facts of a convention as it is being issued (signature mode and place from the records when signed).
 * `electronicOriginal`: issued to be signed with certificates, so one electronic original before any signature.
 */
export function issueFacts(
  sources: DocumentSources,
  signing?: SigningRecord,
  electronicOriginal = false
): ConventionFacts {
  return conventionFacts(sources, {
    mode: electronicOriginal ? 'electronic' : signatureMode(signing),
    ...signaturePlaceAndDate(sources.agreement.place, signing)
  })
}

/** The signature formula from the library: one electronic original, or N paper originals with place and date. */
export function signatureFormula(
  facts: ConventionFacts,
  wordings: ClauseWordings
): { text: string; source: ClauseSource } {
  const resolved = resolveClause(SIGNATURE_FORMULA_CLAUSE, facts, wordings)
  const text = resolved.blocks
    .map((block) => (block.kind === 'paragraph' ? block.runs.map(inlineText).join('') : ''))
    .join(' ')
  return { text, source: resolved.source }
}

function annexListText(annexes: readonly Annex[]): string {
  return annexes
    .map(
      (annex, index) => `l’annexe ${index + 1} (${annex.title.replace(/^Annexe \d+ — /, '').toLowerCase()})`
    )
    .join(' ; ')
}

/**
 * The convention of an agreement, ready to render. `signing` makes it the signed version; `wordings` are the
 * coordinators' edited wordings of the clause library (defaults otherwise).
 */
export function buildConventionModel(
  sources: DocumentSources,
  meta: DocumentMeta,
  signing?: SigningRecord,
  wordings: ClauseWordings = new Map(),
  electronicOriginal = false
): DocumentModel {
  const { agreement, partnerSignatory } = sources
  const parties = createParties(sources)
  const annexes: Annex[] = sources.need ? [createNeedAnnex(sources.need)] : []
  const facts = { ...issueFacts(sources, signing, electronicOriginal), annexList: annexListText(annexes) }
  const articles = resolveCrossReferences(
    numberArticles([
      createObjectArticle(sources),
      createDurationArticle(facts, wordings),
      createLaPosteCommitmentsArticle(sources),
      createPartnerCommitmentsArticle(sources),
      createTermsArticle(sources, wordings),
      ...createFinancialTermsArticle(sources, facts, wordings),
      createIndicatorsArticle(sources),
      createGovernanceArticle(sources),
      createCommunicationArticle(sources, wordings),
      ...createCommonClosingArticles(sources, facts, wordings)
    ])
  )
  const signatories = [
    agreement.laPosteSignatory,
    { name: partnerSignatory?.name ?? '', title: partnerSignatory?.role ?? '' }
  ]
  const model: DocumentModel = {
    kind: 'convention',
    meta,
    title: 'Convention de partenariat',
    subtitle: fr(`Alliance Dynamique — ${orMissing(agreement.title)}`),
    parties,
    partiesNote: PARTIES_NOTE,
    preamble: createPreamble(sources),
    articles,
    annexes,
    signature: createSignatureBlock(parties, signatories, signatureFormula(facts, wordings), signing)
  }
  if (signing) model.certificate = createCertificate(parties, signing)
  return model
}

/** Which wording of which clause the document used, in order: recorded with each issued version. */
export function clauseSourcesOf(model: DocumentModel): ClauseSource[] {
  const sources: ClauseSource[] = []
  for (const article of model.articles) {
    if (article.source) sources.push(article.source)
    for (const clause of article.clauses) if (clause.source) sources.push(clause.source)
  }
  if (model.signature.source) sources.push(model.signature.source)
  return sources
}
