import { useCallback, useId } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CommuneOption } from '@shared/domain/reference'
import type { NeedInput } from '@shared/schemas/need.schema'
import { RowListFieldset } from '../../components/form/RowListFieldset'
import { TextField } from '../../components/form/TextField'
import { useCommunesOfPostalCode } from '../partners/use-communes-of-postal-code'
import { usePostalCodeError } from '../partners/use-postal-code-error'

/** One commune of the territory: its postal code proposes the communes of the official list. */
function CommuneRow({ index }: { index: number }) {
  const { control, getValues, setValue } = useFormContext<NeedInput>()
  const postalCode = useWatch({ control, name: `communes.${index}.postalCode` })
  const listId = useId()
  const fillSingleCommune = useCallback(
    (communes: CommuneOption[]) => {
      const only = communes.length === 1 ? communes[0] : undefined
      if (only && getValues(`communes.${index}.name`) === '')
        setValue(`communes.${index}.name`, only.name, { shouldDirty: true })
    },
    [getValues, setValue, index]
  )
  const { communes: options, unknown } = useCommunesOfPostalCode(postalCode ?? '', fillSingleCommune)
  usePostalCodeError<NeedInput>(`communes.${index}.postalCode`, postalCode ?? '', unknown)
  return (
    <>
      <TextField<NeedInput>
        name={`communes.${index}.postalCode`}
        label="Code postal"
        inputMode="numeric"
        maxLength={5}
        className="field--short"
      />
      <TextField<NeedInput>
        name={`communes.${index}.name`}
        label="Commune"
        list={listId}
        autoComplete="off"
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.code} value={option.name} />
        ))}
      </datalist>
    </>
  )
}

export function NeedCommunesFieldset() {
  return (
    <RowListFieldset<NeedInput>
      name="communes"
      legend="Territoire"
      rowLabel="Commune"
      addLabel="Ajouter une commune"
      emptyText="Aucune commune : ajoutez celles où le besoin se pose."
      newRow={() => ({ postalCode: '', name: '' })}
      renderRow={(index) => <CommuneRow index={index} />}
    />
  )
}
