import { useEffect, useRef, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { emptyTerms } from '@shared/agreements/empty-terms'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { useReference } from '../../../app/reference-context'
import { useFieldIssue } from '../../../components/form/field-issues'
import { useWizard } from '../wizard/wizard-context'
import { hasTypedTerms, keptTerms } from './kept-terms'
import { TypeCards } from './TypeCards'
import { TypeQuestionnaire } from './TypeQuestionnaire'

/**
 * Step 3: the four partnership types as cards, each explained with an example, and a questionnaire to help.
 * Leaving a type whose terms hold something asks first; the terms are set aside and come back with the type.
 */
export function TypeStep() {
  const { partnershipTypes } = useReference()
  const { view } = useWizard()
  const { control, getValues, setValue } = useFormContext<AgreementContent>()
  const selected = useWatch({ control, name: 'type' })
  const [asking, setAsking] = useState<PartnershipTypeCode | null>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)
  const issue = useFieldIssue('type')
  const agreementId = view.agreement.id
  const typeLabel = (code: PartnershipTypeCode) =>
    partnershipTypes.find((type) => type.code === code)?.label ?? code

  const wasAsking = useRef(false)
  useEffect(() => {
    // Into the question when it opens; back onto the chosen card when it closes, never to the page body.
    if (asking) confirmButton.current?.focus()
    else if (wasAsking.current)
      document.querySelector<HTMLElement>('.type-card[aria-checked="true"]')?.focus()
    wasAsking.current = asking !== null
  }, [asking])

  function switchTo(type: PartnershipTypeCode) {
    const current = getValues('terms')
    if (current && current.type !== type && hasTypedTerms(current)) keptTerms.put(agreementId, current)
    const terms = current?.type === type ? current : (keptTerms.take(agreementId, type) ?? emptyTerms(type))
    setValue('type', type, { shouldDirty: true })
    setValue('terms', terms, { shouldDirty: true })
    setAsking(null)
  }

  function choose(type: PartnershipTypeCode) {
    if (type === selected) return
    const current = getValues('terms')
    if (current && current.type !== type && hasTypedTerms(current)) setAsking(type)
    else switchTo(type)
  }

  return (
    <>
      <TypeCards
        types={partnershipTypes}
        selected={selected}
        onChoose={choose}
        describedBy={issue ? 'type-issue' : undefined}
      />
      {issue ? (
        <p id="type-issue" className="field-error">
          {issue.message}
        </p>
      ) : null}
      {asking && selected ? (
        <div className="confirm-bar" role="alertdialog" aria-labelledby="type-switch-question">
          <p id="type-switch-question">
            Passer à « {typeLabel(asking)} » ? Les modalités déjà saisies pour « {typeLabel(selected)} »
            seront mises de côté sur cet ordinateur : vous les retrouverez en revenant à ce type.
          </p>
          <button
            ref={confirmButton}
            type="button"
            className="button button--primary"
            onClick={() => switchTo(asking)}
          >
            Passer à « {typeLabel(asking)} »
          </button>
          <button type="button" className="button" onClick={() => setAsking(null)}>
            Garder « {typeLabel(selected)} »
          </button>
        </div>
      ) : null}
      <TypeQuestionnaire onChoose={choose} typeLabel={typeLabel} />
    </>
  )
}
