import { paragraph, type Block } from '../document-model'
import { asSentence, MISSING, type DocumentSources } from '../document-sources'
import { formatLongDate, formatMonths } from '../french-format'
import { frenchTypography as fr } from '../french-typography'
import type { ArticleDraft } from './article-draft'

/** Standard wording used when the coordinator left a clause as proposed. */
const DEFAULT_DATA_PROTECTION =
  "Chaque partie traite les données à caractère personnel nécessaires à l'exécution de la présente convention conformément au règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée. Les données sont limitées à ce qui est nécessaire, conservées pendant la durée de la convention augmentée des délais légaux, et les personnes concernées peuvent exercer leurs droits auprès de chaque partie."
const DEFAULT_CONFIDENTIALITY =
  "Les parties s'engagent à garder confidentielles les informations non publiques échangées à l'occasion de la présente convention, pendant toute sa durée et deux ans après son terme."
const DEFAULT_JURISDICTION =
  "À défaut d'accord dans un délai de deux mois, le litige est porté devant le tribunal judiciaire dans le ressort duquel se trouve la direction régionale de La Poste."

export function createDurationArticle({ agreement }: DocumentSources): ArticleDraft {
  const { startDate, durationMonths, endDate, renewalRule } = agreement
  const blocks: Block[] = [
    paragraph(
      fr(
        `La présente convention prend effet le ${startDate ? formatLongDate(startDate) : MISSING} pour une durée de ${durationMonths ? formatMonths(durationMonths) : MISSING}${endDate ? `, soit jusqu'au ${formatLongDate(endDate)}` : ''}.`
      )
    )
  ]
  const renewal =
    renewalRule === 'tacit'
      ? "Elle est ensuite reconduite tacitement, pour une durée identique, sauf dénonciation par l'une des parties dans les conditions de préavis prévues à l'article « Résiliation »."
      : renewalRule === 'express'
        ? 'Elle peut être renouvelée par décision expresse des parties, formalisée par écrit avant son terme.'
        : renewalRule === 'none'
          ? 'Elle prend fin à son terme, sans reconduction.'
          : `Renouvellement : ${MISSING}.`
  blocks.push(paragraph(fr(renewal)))
  return { key: 'duration', title: 'Durée et renouvellement', blocks }
}

export function createTerminationArticle({ agreement }: DocumentSources): ArticleDraft {
  const notice = agreement.noticeMonths === null ? MISSING : formatMonths(agreement.noticeMonths)
  return {
    key: 'termination',
    title: 'Résiliation',
    blocks: [
      paragraph(
        fr(
          `Chaque partie peut résilier la présente convention à tout moment par lettre recommandée avec accusé de réception, moyennant un préavis de ${notice}.`
        )
      ),
      paragraph(
        fr(
          "En cas de manquement de l'une des parties à ses obligations, non réparé dans un délai d'un mois suivant une mise en demeure restée sans effet, l'autre partie peut résilier la convention de plein droit, sans préjudice de tous dommages et intérêts."
        )
      )
    ]
  }
}

function textOr(value: string, fallback: string): string {
  return fr(asSentence(value.trim() === '' ? fallback : value))
}

export function createDataProtectionArticle({ agreement }: DocumentSources): ArticleDraft {
  return {
    key: 'data-protection',
    title: 'Protection des données personnelles',
    blocks: [paragraph(textOr(agreement.dataProtection, DEFAULT_DATA_PROTECTION))]
  }
}

export function createConfidentialityArticle({ agreement }: DocumentSources): ArticleDraft {
  return {
    key: 'confidentiality',
    title: 'Confidentialité',
    blocks: [paragraph(textOr(agreement.confidentiality, DEFAULT_CONFIDENTIALITY))]
  }
}

export function createDisputesArticle({ agreement }: DocumentSources): ArticleDraft {
  const blocks: Block[] = [
    paragraph(
      fr(
        "Les parties s'efforcent de régler à l'amiable tout différend né de l'interprétation ou de l'exécution de la présente convention. La présente convention est soumise au droit français."
      )
    ),
    paragraph(textOr(agreement.jurisdiction, DEFAULT_JURISDICTION))
  ]
  return { key: 'disputes', title: 'Règlement des litiges', blocks }
}
