import { useCallback, useId } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CommuneOption } from '@shared/domain/reference'
import type { PartnerInput } from '@shared/schemas/partner.schema'
import { TextField } from '../../components/form/TextField'
import { useCommunesOfPostalCode } from './use-communes-of-postal-code'
import { usePostalCodeError } from './use-postal-code-error'

/** Postal code, then the commune proposed from the official list for that code (filled in when there is one). */
export function CommuneFields() {
  const { control, getValues, setValue } = useFormContext<PartnerInput>()
  const postalCode = useWatch({ control, name: 'postalCode' })
  const listId = useId()
  const fillSingleCommune = useCallback(
    (communes: CommuneOption[]) => {
      const only = communes.length === 1 ? communes[0] : undefined
      if (only && getValues('commune') === '') setValue('commune', only.name, { shouldDirty: true })
    },
    [getValues, setValue]
  )
  const { communes: options, unknown } = useCommunesOfPostalCode(postalCode, fillSingleCommune)
  usePostalCodeError<PartnerInput>('postalCode', postalCode, unknown)

  return (
    <div className="field-row">
      <TextField<PartnerInput>
        name="postalCode"
        label="Code postal"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        className="field--short"
      />
      <TextField<PartnerInput>
        name="commune"
        label="Commune"
        list={listId}
        autoComplete="off"
        hint={
          options.length > 1
            ? `${options.length} communes pour ce code postal : choisissez dans la liste.`
            : undefined
        }
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.code} value={option.name} />
        ))}
      </datalist>
    </div>
  )
}
