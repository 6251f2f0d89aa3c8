import { useEffect, useId, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CommuneOption } from '../../../../src-main/shared/domain/reference'
import type { PartnerInput } from '../../../../src-main/shared/schemas/partner.schema'
import { api, unwrap } from '../../api/client'
import { TextField } from '../../components/form/TextField'

/** Postal code, then the commune proposed from the official list for that code (filled in when there is one). */
export function CommuneFields() {
  const { control, getValues, setValue } = useFormContext<PartnerInput>()
  const postalCode = useWatch({ control, name: 'postalCode' })
  const [options, setOptions] = useState<CommuneOption[]>([])
  const listId = useId()

  useEffect(() => {
    if (!/^\d{5}$/.test(postalCode)) {
      setOptions([])
      return
    }
    let current = true
    unwrap(api().communes.byPostalCode({ postalCode })).then(
      (communes) => {
        if (!current) return
        setOptions(communes)
        const only = communes.length === 1 ? communes[0] : undefined
        if (only && getValues('commune') === '') setValue('commune', only.name, { shouldDirty: true })
      },
      () => current && setOptions([])
    )
    return () => {
      current = false
    }
  }, [postalCode, getValues, setValue])

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
        hint={options.length > 1 ? `${options.length} communes pour ce code postal : choisissez dans la liste.` : undefined}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.code} value={option.name} />
        ))}
      </datalist>
    </div>
  )
}
