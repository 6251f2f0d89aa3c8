import { paragraph, type Block, type TextRun } from '../documents/document-model'
import { amountWithVat } from '../documents/amount-in-words'
import { formatLongDate, formatMonths } from '../documents/french-format'
import { frenchTypography as fr } from '../documents/french-typography'
import { agreementEndDate } from '../agreements/agreement-dates'
import type { Contact } from '../domain/partner'
import type { RegisterChange, WordingChange } from './amendment-change.schema'
import { currentParagraphs, findTarget, type ConsolidatedText, type TextUnit } from './consolidated-text'
import type { RegisterState } from './register-state'

function ordinal(value: number): string {
  return value === 1 ? '1er' : `${value}e`
}

function named(unit: TextUnit): string {
  return unit.title ? `l’article ${unit.number} « ${unit.title} »` : `l’article ${unit.number}`
}

/** The new wording, quoted as an amendment quotes it: each paragraph between guillemets, in italics. */
function quoted(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => paragraph({ text: fr(`« ${line} »`), italic: true } satisfies TextRun))
}

/** The title of the amendment's article for a wording change. */
export function wordingChangeTitle(
  text: ConsolidatedText,
  change: WordingChange,
  addedNumber: string
): string {
  if (change.kind === 'add-article') return `Ajout d’un article ${addedNumber}`
  const unit = findTarget(text, change.target)?.unit
  const number = unit?.number ?? ''
  return change.kind === 'delete-clause'
    ? `Suppression de l’article ${number}`
    : `Modification de l’article ${number}`
}

/**
 * What the amendment says for one wording change, on the text as last amended (before the change):
 * « L’article 4.2 … est remplacé par les stipulations suivantes : », « Au 2e alinéa de l’article 6, les mots … »,
 * « Il est ajouté, après l’article 7, un article 7 bis ainsi rédigé : », « L’article 9 … est supprimé. »
 */
export function wordingChangeBlocks(
  text: ConsolidatedText,
  change: WordingChange,
  addedNumber: string,
  lead = ''
): Block[] {
  const sentence = (words: string) =>
    paragraph(fr(lead === '' ? words : `${lead}${words.charAt(0).toLowerCase()}${words.slice(1)}`))
  if (change.kind === 'add-article') {
    const after = text.articles.find((article) => article.key === change.afterArticleKey)
    return [
      sentence(
        `Il est ajouté, après l’article ${after?.number ?? ''}, un article ${addedNumber} ainsi rédigé :`
      ),
      paragraph({ text: fr(`« Article ${addedNumber} — ${change.title} »`), bold: true }),
      ...quoted(change.text)
    ]
  }
  const unit = findTarget(text, change.target)?.unit
  if (!unit) return []
  if (change.kind === 'delete-clause')
    return [sentence(`${capitalised(named(unit))} de la convention est supprimé.`)]
  if (change.kind === 'replace-clause')
    return [
      sentence(`${capitalised(named(unit))} de la convention est remplacé par les stipulations suivantes :`),
      ...quoted(change.text)
    ]
  const where =
    currentParagraphs(unit).length === 1
      ? `À ${named(unit)}`
      : `Au ${ordinal(change.paragraph)} alinéa de ${named(unit)}`
  return [sentence(`${where}, les mots « ${change.from} » sont remplacés par les mots « ${change.to} ».`)]
}

function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`
}

export const REGISTER_CHANGE_TITLES: Record<RegisterChange['kind'], string> = {
  'end-date': 'Prolongation de la convention',
  amount: 'Modification du montant',
  indicators: 'Cibles des indicateurs',
  signatory: 'Signataire'
}

interface AmountFacts {
  label: string
  feminine: boolean
  cents: number | null
  basis: 'HT' | 'outside-vat'
}

function amountOf(state: RegisterState): AmountFacts {
  const terms = state.terms
  if (terms?.type === 'economic-cooperation')
    return {
      label: 'La rémunération du Partenaire',
      feminine: true,
      cents: terms.remunerationAmountCents,
      basis: 'HT'
    }
  if (terms?.type === 'responsible-practices')
    return {
      label: 'Le montant annuel des achats',
      feminine: false,
      cents: terms.yearlyAmountCents,
      basis: 'HT'
    }
  if (terms?.type === 'patronage')
    return { label: 'Le montant du don', feminine: false, cents: terms.amountCents, basis: 'outside-vat' }
  return { label: 'Le montant', feminine: false, cents: null, basis: 'HT' }
}

function listEnd<T>(items: readonly T[], item: T): string {
  return items.at(-1) === item ? '.' : ' ;'
}

/** The sentence that states a register change, before the wording it changes in the convention. */
export function registerChangeBlocks(
  change: RegisterChange,
  before: RegisterState,
  after: RegisterState,
  startDate: string | null,
  contacts: readonly Contact[]
): Block[] {
  switch (change.kind) {
    case 'end-date': {
      const oldEnd = agreementEndDate(startDate, before.durationMonths) ?? ''
      return [
        paragraph(
          fr(
            `La convention, dont le terme était fixé au ${formatLongDate(oldEnd)}, est prolongée jusqu’au ${formatLongDate(change.newEndDate)} inclus, soit une durée totale de ${formatMonths(after.durationMonths ?? 0)}.`
          )
        )
      ]
    }
    case 'amount': {
      const old = amountOf(before)
      const next = amountOf(after)
      const verb = `${(old.cents ?? 0) < change.newAmountCents ? 'porté' : 'ramené'}${next.feminine ? 'e' : ''}`
      const from = old.cents === null ? '' : ` de ${amountWithVat(old.cents, old.basis)}`
      const blocks = [
        paragraph(
          fr(`${next.label} est ${verb}${from} à ${amountWithVat(change.newAmountCents, next.basis)}.`)
        )
      ]
      if (change.payments)
        blocks.push(
          paragraph(fr('Les versements sont fixés comme suit :')),
          ...change.payments.map((payment) =>
            paragraph(
              fr(
                `– le ${formatLongDate(payment.date)} : ${amountWithVat(payment.amountCents, 'outside-vat')}${listEnd(change.payments ?? [], payment)}`
              )
            )
          )
        )
      return blocks
    }
    case 'indicators':
      return [
        paragraph(fr('Les indicateurs de suivi et leurs cibles sont fixés comme suit :')),
        ...change.indicators.map((indicator) =>
          paragraph(
            fr(
              `– ${indicator.label} : ${indicator.target === null ? 'sans cible chiffrée' : `${indicator.target}${indicator.unit ? ` ${indicator.unit}` : ''}`}${listEnd(change.indicators, indicator)}`
            )
          )
        )
      ]
    case 'signatory': {
      if (change.party === 'la-poste')
        return [
          paragraph(
            fr(
              `À compter de la prise d’effet du présent avenant, La Poste est représentée pour l’exécution de la convention par ${change.name}, en sa qualité de ${change.title}.`
            )
          )
        ]
      const contact = contacts.find((candidate) => candidate.id === change.contactId)
      return [
        paragraph(
          fr(
            `À compter de la prise d’effet du présent avenant, le Partenaire est représenté pour l’exécution de la convention par ${contact?.name ?? ''}${contact?.role ? `, en sa qualité de ${contact.role}` : ''}.`
          )
        )
      ]
    }
  }
}
