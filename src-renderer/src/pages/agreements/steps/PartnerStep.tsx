import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementContent, AgreementRoute } from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { RadioGroupField } from '../../../components/form/RadioGroupField'
import { SelectField } from '../../../components/form/SelectField'
import { useWizard } from '../wizard/wizard-context'

/** Step 2: the partner structure, and whether the agreement comes under a national framework agreement. */
export function PartnerStep() {
  const { partner } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const partnerId = useWatch({ control, name: 'partnerId' })
  const { data: partners } = useQuery(() => unwrap(api().partners.list({ limit: 10_000 })), [])
  const network = partner && partner.id === partnerId ? partner.headNetwork : null
  return (
    <>
      <SelectField<AgreementContent>
        name="partnerId"
        label="Structure partenaire"
        required
        emptyLabel="Choisir une structure…"
        options={(partners ?? []).map((candidate) => ({
          value: String(candidate.id),
          label: candidate.commune ? `${candidate.name} (${candidate.commune})` : candidate.name
        }))}
        registerOptions={{
          setValueAs: (value: string) => (value === '' || value === null ? null : Number(value))
        }}
      />
      <p className="field-hint">
        <Link to="/partenaires/nouveau">Enregistrer une nouvelle structure</Link>
      </p>
      <RadioGroupField<AgreementContent, AgreementRoute | null>
        name="route"
        legend="Cadre de la convention"
        choices={[
          {
            value: 'national-framework',
            label: network ? `Dans l’accord-cadre national avec ${network}` : 'Dans un accord-cadre national',
            hint: network
              ? 'La tête de réseau a orienté La Poste vers cette structure locale.'
              : 'Ce partenaire n’est rattaché à aucune tête de réseau.',
            disabled: !network
          },
          { value: 'direct', label: 'Directement avec la structure locale' }
        ]}
      />
    </>
  )
}
