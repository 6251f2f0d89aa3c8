import type { DocumentModel } from '../documents/document-model'
import type { DocumentSources } from '../documents/document-sources'
import type { Block } from '../documents/document-model'
import { isRegisterChange, type AmendmentChange } from './amendment-change.schema'
import { AmendmentProblem } from './amendment-problem'
import { applyWordingChange } from './apply-wording-change'
import {
  REGISTER_CHANGE_TITLES,
  registerChangeBlocks,
  wordingChangeBlocks,
  wordingChangeTitle
} from './amendment-wording'
import { textOfModel, type ConsolidatedText } from './consolidated-text'
import { derivedWordingChanges } from './derived-wording'
import { applyRegisterChange, registerStateOf, sourcesWithState, type RegisterState } from './register-state'

export interface AmendmentSpec {
  number: number
  changes: readonly AmendmentChange[]
}

/** One article of the amendment: its title and what it says. */
export interface ChangeArticle {
  title: string
  blocks: Block[]
}

export interface ConsolidationStep {
  number: number
  articles: ChangeArticle[]
  /** The convention's text and register once this amendment applies. */
  text: ConsolidatedText
  state: RegisterState
}

export interface Consolidation {
  /** The convention as it was signed. */
  original: ConsolidatedText
  steps: ConsolidationStep[]
  text: ConsolidatedText
  state: RegisterState
}

/** A change refused, with the index of the change in its amendment and the field at fault. */
export class AmendmentChangeProblem extends Error {
  readonly index: number
  readonly field: string

  constructor(index: number, problem: AmendmentProblem) {
    super(problem.message)
    this.name = 'AmendmentChangeProblem'
    this.index = index
    this.field = problem.field
  }
}

function lastAddedNumber(before: ConsolidatedText, after: ConsolidatedText): string {
  return (
    after.articles.find((article) => !before.articles.some((old) => old.key === article.key))?.number ?? ''
  )
}

/**
 * The convention as signed, then each amendment in order: its articles (the wording of each change, on the text as
 * last amended) and the text and register it leaves. `render` builds the convention from sources (the clause
 * wordings in force), so that a register change's wording is the convention's own, in words and figures.
 */
export function consolidate(
  baseSources: DocumentSources,
  amendments: readonly AmendmentSpec[],
  render: (sources: DocumentSources) => DocumentModel
): Consolidation {
  const startDate = baseSources.agreement.startDate
  const contacts = baseSources.partner?.contacts ?? []
  const renderText = (state: RegisterState) => textOfModel(render(sourcesWithState(baseSources, state)))
  let state = registerStateOf(baseSources.agreement)
  const original = textOfModel(render(baseSources))
  let text = original
  const steps: ConsolidationStep[] = []
  for (const amendment of amendments) {
    const articles: ChangeArticle[] = []
    for (const [index, change] of amendment.changes.entries()) {
      try {
        if (!isRegisterChange(change)) {
          const next = applyWordingChange(text, change, amendment.number)
          const added = lastAddedNumber(text, next)
          articles.push({
            title: wordingChangeTitle(text, change, added),
            blocks: wordingChangeBlocks(text, change, added)
          })
          text = next
          continue
        }
        const after = applyRegisterChange(state, change, startDate)
        const blocks = registerChangeBlocks(change, state, after, startDate, contacts)
        for (const derived of derivedWordingChanges(renderText(state), renderText(after))) {
          try {
            blocks.push(...wordingChangeBlocks(text, derived, '', 'En conséquence, '))
            text = applyWordingChange(text, derived, amendment.number)
          } catch (problem) {
            if (!(problem instanceof AmendmentProblem)) throw problem
            throw new AmendmentProblem(
              'kind',
              'Un avenant précédent a réécrit le passage que cette modification change : modifiez-le par ses mots.'
            )
          }
        }
        articles.push({ title: REGISTER_CHANGE_TITLES[change.kind], blocks })
        state = after
      } catch (problem) {
        if (problem instanceof AmendmentProblem) throw new AmendmentChangeProblem(index, problem)
        throw problem
      }
    }
    steps.push({ number: amendment.number, articles, text, state })
  }
  return { original, steps, text, state }
}
