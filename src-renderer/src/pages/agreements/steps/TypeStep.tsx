import { useFormContext, useWatch } from 'react-hook-form'
import { emptyTerms } from '@shared/agreements/empty-terms'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { useReference } from '../../../app/reference-context'
import { TypeQuestionnaire } from './TypeQuestionnaire'

/** Step 3: the four partnership types as cards, each explained with an example, and a questionnaire to help. */
export function TypeStep() {
  const { partnershipTypes } = useReference()
  const { control, getValues, setValue } = useFormContext<AgreementContent>()
  const selected = useWatch({ control, name: 'type' })

  function choose(type: PartnershipTypeCode) {
    setValue('type', type, { shouldDirty: true })
    // Terms of another type do not carry over; terms already typed for this type are kept.
    if (getValues('terms')?.type !== type) setValue('terms', emptyTerms(type), { shouldDirty: true })
  }
  const typeLabel = (code: PartnershipTypeCode) =>
    partnershipTypes.find((type) => type.code === code)?.label ?? code

  return (
    <>
      <fieldset className="type-cards">
        <legend>Type de partenariat</legend>
        {partnershipTypes.map((type) => (
          <label
            key={type.code}
            className={`type-card${selected === type.code ? ' type-card--selected' : ''}`}
          >
            <input
              type="radio"
              name="partnership-type"
              checked={selected === type.code}
              onChange={() => choose(type.code)}
            />
            <span className="type-card-title">{type.label}</span>
            <span className="type-card-text">{type.description}</span>
            <span className="type-card-example">Exemple : {type.example}</span>
          </label>
        ))}
      </fieldset>
      <TypeQuestionnaire onChoose={choose} typeLabel={typeLabel} />
    </>
  )
}
