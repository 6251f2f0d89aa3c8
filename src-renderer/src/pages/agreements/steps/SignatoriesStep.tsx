import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { SelectField } from '../../../components/form/SelectField'
import { TextField } from '../../../components/form/TextField'
import { useWizard } from '../wizard/wizard-context'

const SITE_KINDS = [
  { value: 'post-office', label: 'Bureau de poste' },
  { value: 'digital-step', label: 'Étape numérique' },
  { value: 'relais-poste', label: 'Relais Poste' },
  { value: 'other', label: 'Autre site' }
]

/** Step 7: who signs for each party, the La Poste site concerned, and where the agreement is signed. */
export function SignatoriesStep() {
  const { partner } = useWizard()
  const signers = partner?.contacts.filter((contact) => contact.maySign) ?? []
  return (
    <>
      <fieldset className="form-section">
        <legend>Pour La Poste</legend>
        <div className="field-row">
          <TextField<AgreementContent>
            name="laPosteSignatory.name"
            label="Signataire"
            required
            hint="Par défaut, celui des réglages."
          />
          <TextField<AgreementContent> name="laPosteSignatory.title" label="Qualité" required />
        </div>
        <div className="field-row">
          <SelectField<AgreementContent>
            name="laPosteSite.kind"
            label="Site La Poste concerné"
            emptyLabel="Aucun en particulier"
            options={SITE_KINDS}
            registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
          />
          <TextField<AgreementContent> name="laPosteSite.name" label="Nom du site" />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Pour le partenaire</legend>
        <SelectField<AgreementContent>
          name="partnerSignatoryContactId"
          label="Signataire"
          required
          emptyLabel={signers.length > 0 ? 'Choisir…' : 'Aucun contact habilité à signer'}
          options={signers.map((contact) => ({
            value: String(contact.id),
            label: contact.role ? `${contact.name}, ${contact.role}` : contact.name
          }))}
          registerOptions={{
            setValueAs: (value: string) => (value === '' || value === null ? null : Number(value))
          }}
          hint="Parmi les contacts de la structure qui peuvent signer (fiche partenaire)."
        />
      </fieldset>
      <TextField<AgreementContent> name="place" label="Lieu de signature" required hint="« Fait à … »" />
    </>
  )
}
