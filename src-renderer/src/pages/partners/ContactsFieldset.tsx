import { useFieldArray, useFormContext } from 'react-hook-form'
import type { PartnerInput } from '@shared/schemas/partner.schema'
import { CheckboxField } from '../../components/form/CheckboxField'
import { TextField } from '../../components/form/TextField'

/** The structure's contacts; those who may sign are offered as signatories of its agreements. */
export function ContactsFieldset() {
  const { control } = useFormContext<PartnerInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts', keyName: 'key' })

  return (
    <fieldset className="form-section">
      <legend>Contacts</legend>
      {fields.length === 0 ? (
        <p className="muted">Aucun contact. Ajoutez au moins la personne qui signera.</p>
      ) : null}
      {fields.map((field, index) => (
        <div className="contact-card" key={field.key} role="group" aria-label={`Contact ${index + 1}`}>
          <div className="field-row">
            <TextField<PartnerInput>
              name={`contacts.${index}.name`}
              label="Nom et prénom"
              required
              autoComplete="off"
            />
            <TextField<PartnerInput> name={`contacts.${index}.role`} label="Fonction" autoComplete="off" />
          </div>
          <div className="field-row">
            <TextField<PartnerInput>
              name={`contacts.${index}.email`}
              label="E-mail"
              type="email"
              autoComplete="off"
            />
            <TextField<PartnerInput>
              name={`contacts.${index}.phone`}
              label="Téléphone"
              type="tel"
              autoComplete="off"
            />
          </div>
          <div className="contact-card-footer">
            <CheckboxField<PartnerInput>
              name={`contacts.${index}.maySign`}
              label="Peut signer les conventions"
            />
            <button type="button" className="button button--quiet" onClick={() => remove(index)}>
              Retirer ce contact
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => append({ name: '', role: '', email: '', phone: '', maySign: fields.length === 0 })}
      >
        Ajouter un contact
      </button>
    </fieldset>
  )
}
