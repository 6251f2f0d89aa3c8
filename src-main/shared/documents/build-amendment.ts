import type { ChangeArticle } from '../amendments/consolidate'
import { numberArticles, type ArticleDraft } from './articles/article-draft'
import { list, paragraph, type DocumentMeta, type DocumentModel } from './document-model'
import { orMissing, type DocumentSources } from './document-sources'
import { formatLongDate } from './french-format'
import { frenchTypography as fr } from './french-typography'
import { createParties, PARTIES_NOTE } from './parties'
import { issueFacts, signatureFormula } from './build-convention'
import type { ClauseWordings } from './clause-library/clause-definition'
import { createCertificate, createSignatureBlock, type SigningRecord } from './signature-block'

/** A whole article as amendments drafted before structured changes named it; still what exchange bundles carry. */
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
  /** One article per change, worded on the convention as last amended. */
  articles: ChangeArticle[]
  /** The signed amendments before this one, for the recital. */
  earlier: Array<{ number: number; signedOn: string | null }>
  /** The capacities named in the amendment when it was drafted; null for older amendments. */
  signatories: { laPoste: { name: string; title: string }; partner: { name: string; title: string } } | null
}

function signedOnText(isoDate: string | null): string {
  return isoDate ? ` signé le ${formatLongDate(isoDate)}` : ''
}

function earlierText(earlier: AmendmentFacts['earlier']): string {
  if (earlier.length === 0) return ''
  const names = earlier.map((each) => `l’avenant n° ${each.number}${signedOnText(each.signedOn)}`)
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`
  return ` Elle a été modifiée par ${joined}.`
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`
}

/**
 * The amendment (avenant): cites the convention (reference, date of signature) and the earlier amendments, gives one
 * article per change on the clause it names, its effective date, and leaves every other stipulation unchanged.
 */
export function buildAmendmentModel(
  sources: DocumentSources,
  facts: AmendmentFacts,
  meta: DocumentMeta,
  signing?: SigningRecord,
  wordings: ClauseWordings = new Map()
): DocumentModel {
  const { agreement, partnerSignatory } = sources
  const parties = createParties(sources)
  const signedOn = facts.originalSignedOn ? `, signée le ${formatLongDate(facts.originalSignedOn)}` : ''
  const changeArticles = facts.articles.map((article): ArticleDraft => ({
    key: 'amendment-change',
    title: fr(article.title),
    blocks: article.blocks
  }))
  const articles = numberArticles([
    {
      key: 'amendment-object',
      title: 'Objet de l’avenant',
      blocks: [
        paragraph(
          fr(
            `Le présent avenant apporte à la convention n° ${agreement.reference} les modifications suivantes :`
          )
        ),
        list(
          facts.articles.map((article, index) =>
            fr(
              `${lowerFirst(article.title)} (article ${index + 2})${index === facts.articles.length - 1 ? '.' : ' ;'}`
            )
          )
        )
      ]
    },
    ...changeArticles,
    {
      key: 'amendment-effect',
      title: 'Prise d’effet',
      blocks: [
        paragraph(
          fr(
            `Le présent avenant prend effet ${facts.effectiveDate ? `le ${formatLongDate(facts.effectiveDate)}` : 'à la date de sa signature par la dernière des Parties'}.`
          )
        )
      ]
    },
    {
      key: 'amendment-other-clauses',
      title: 'Autres stipulations',
      blocks: [
        paragraph(
          'Les autres stipulations de la convention demeurent inchangées. Le présent avenant en fait partie intégrante.'
        )
      ]
    }
  ])
  const signatories = facts.signatories
    ? [facts.signatories.laPoste, facts.signatories.partner]
    : [
        agreement.laPosteSignatory,
        { name: partnerSignatory?.name ?? '', title: partnerSignatory?.role ?? '' }
      ]
  const model: DocumentModel = {
    kind: 'amendment',
    meta,
    title: fr(`Avenant n° ${facts.number} à la convention de partenariat`),
    subtitle: fr(
      `Convention n° ${agreement.reference}${signedOn.replace(',', '')} — ${orMissing(agreement.title)}`
    ),
    parties,
    preamble: [
      paragraph(
        fr(
          `Les Parties ont conclu la convention de partenariat n° ${agreement.reference}${signedOn}, intitulée « ${orMissing(agreement.title)} », dans le cadre du programme Alliance Dynamique.${earlierText(facts.earlier)}`
        )
      ),
      ...(facts.reason.trim() === ''
        ? []
        : [
            paragraph(
              fr(
                `Les Parties sont convenues de la modifier pour le motif suivant : ${lowerFirst(facts.reason.trim().replace(/\.$/, ''))}.`
              )
            )
          ]),
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
