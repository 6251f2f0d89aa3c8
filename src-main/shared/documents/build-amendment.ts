import { numberArticles, type ArticleDraft } from './articles/article-draft'
import { list, paragraph, type DocumentMeta, type DocumentModel } from './document-model'
import { orMissing, type DocumentSources } from './document-sources'
import { formatLongDate } from './french-format'
import { frenchTypography as fr } from './french-typography'
import { createParties, PARTIES_NOTE } from './parties'
import { issueFacts, signatureFormula } from './build-convention'
import type { ClauseWordings } from './clause-library/clause-definition'
import { createCertificate, createSignatureBlock, type SigningRecord } from './signature-block'

/** One article of the signed convention, rewritten by the amendment. */
export interface AmendedArticle {
  articleNumber: number
  articleTitle: string
  newText: string
}

export interface AmendmentFacts {
  number: number
  /** Date the original convention was signed (ISO date). */
  originalSignedOn: string | null
  reason: string
  effectiveDate: string | null
  changes: AmendedArticle[]
}

function articleName(change: AmendedArticle): string {
  return `article ${change.articleNumber} « ${change.articleTitle} »`
}

/** The amendment (avenant): names the original convention, lists the changed articles and their new wording. */
export function buildAmendmentModel(
  sources: DocumentSources,
  facts: AmendmentFacts,
  meta: DocumentMeta,
  signing?: SigningRecord,
  wordings: ClauseWordings = new Map()
): DocumentModel {
  const { agreement, partnerSignatory } = sources
  const parties = createParties(sources)
  const signedOn = facts.originalSignedOn ? ` signée le ${formatLongDate(facts.originalSignedOn)}` : ''
  const changeArticles = facts.changes.map((change): ArticleDraft => ({
    key: 'amendment-change',
    title: `Modification de l’article ${change.articleNumber} — ${fr(change.articleTitle)}`,
    blocks: [
      paragraph(
        fr(`L'${articleName(change)} de la convention est remplacé par les stipulations suivantes :`)
      ),
      ...change.newText
        .split(/\n+/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => paragraph(fr(line)))
    ]
  }))
  const articles = numberArticles([
    {
      key: 'amendment-object',
      title: 'Objet de l’avenant',
      blocks: [
        paragraph(
          fr(
            `Le présent avenant modifie les stipulations suivantes de la convention n° ${agreement.reference} :`
          )
        ),
        list(facts.changes.map((change) => fr(articleName(change))))
      ]
    },
    ...changeArticles,
    {
      key: 'amendment-other-clauses',
      title: 'Autres stipulations',
      blocks: [
        paragraph(
          'Toutes les autres stipulations de la convention demeurent inchangées et continuent de s’appliquer.'
        )
      ]
    },
    {
      key: 'amendment-effect',
      title: 'Prise d’effet',
      blocks: [
        paragraph(
          fr(
            `Le présent avenant prend effet ${facts.effectiveDate ? `le ${formatLongDate(facts.effectiveDate)}` : 'à la date de sa signature par la dernière des parties'}.`
          )
        )
      ]
    }
  ])
  const signatories = [
    agreement.laPosteSignatory,
    { name: partnerSignatory?.name ?? '', title: partnerSignatory?.role ?? '' }
  ]
  const model: DocumentModel = {
    kind: 'amendment',
    meta,
    title: fr(`Avenant n° ${facts.number} à la convention de partenariat`),
    subtitle: fr(`Convention n° ${agreement.reference}${signedOn} — ${orMissing(agreement.title)}`),
    parties,
    preamble: [
      paragraph(
        fr(
          `Les Parties ont conclu la convention de partenariat n° ${agreement.reference}${signedOn}, intitulée « ${orMissing(agreement.title)} », dans le cadre du programme Alliance Dynamique.`
        )
      ),
      ...(facts.reason.trim() === '' ? [] : [paragraph(fr(`Motif de l'avenant : ${facts.reason.trim()}`))]),
      paragraph({ text: fr('Il a été convenu ce qui suit :'), bold: true })
    ],
    articles,
    annexes: [],
    partiesNote: PARTIES_NOTE,
    signature: createSignatureBlock(
      parties,
      signatories,
      signatureFormula(issueFacts(sources, signing), wordings),
      signing
    )
  }
  if (signing) model.certificate = createCertificate(parties, signing)
  return model
}
