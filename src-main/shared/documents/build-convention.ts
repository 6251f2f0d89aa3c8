import { numberArticles } from './articles/article-draft'
import {
  createDataProtectionArticle,
  createConfidentialityArticle,
  createDisputesArticle,
  createDurationArticle,
  createTerminationArticle
} from './articles/clause-articles'
import {
  createCommunicationArticle,
  createGovernanceArticle,
  createIndicatorsArticle,
  createLaPosteCommitmentsArticle,
  createObjectArticle,
  createPartnerCommitmentsArticle
} from './articles/commitment-articles'
import { createTermsArticle } from './articles/terms-article'
import type { Annex, DocumentMeta, DocumentModel } from './document-model'
import { orMissing, type DocumentSources } from './document-sources'
import { createNeedAnnex } from './need-annex'
import { createParties, createPreamble } from './parties'
import { createCertificate, createSignatureBlock, type SigningRecord } from './signature-block'
import { frenchTypography as fr } from './french-typography'

/** The convention of an agreement, ready to render. `signing` makes it the signed version. */
export function buildConventionModel(
  sources: DocumentSources,
  meta: DocumentMeta,
  signing?: SigningRecord
): DocumentModel {
  const { agreement, partnerSignatory } = sources
  const parties = createParties(sources)
  const articles = numberArticles([
    createObjectArticle(sources),
    createLaPosteCommitmentsArticle(sources),
    createPartnerCommitmentsArticle(sources),
    createTermsArticle(sources),
    createIndicatorsArticle(sources),
    createGovernanceArticle(sources),
    createCommunicationArticle(sources),
    createDurationArticle(sources),
    createTerminationArticle(sources),
    createDataProtectionArticle(sources),
    createConfidentialityArticle(sources),
    createDisputesArticle(sources)
  ])
  const annexes: Annex[] = sources.need ? [createNeedAnnex(sources.need)] : []
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
    preamble: createPreamble(sources),
    articles,
    annexes,
    signature: createSignatureBlock(parties, signatories, agreement.place, signing)
  }
  if (signing) model.certificate = createCertificate(parties, signing)
  return model
}
