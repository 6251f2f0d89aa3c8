import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { SelectField } from '../../../components/form/SelectField'
import { TextField } from '../../../components/form/TextField'

/** Step 1: the local need the agreement answers, and the agreement's title. */
export function NeedStep() {
  const { control } = useFormContext<AgreementContent>()
  const needId = useWatch({ control, name: 'needId' })
  const { data: needs } = useQuery(() => unwrap(api().needs.list({ limit: 10_000 })), [])
  const need = needs?.find((candidate) => candidate.id === needId)
  return (
    <>
      <SelectField<AgreementContent>
        name="needId"
        label="Besoin local"
        required
        emptyLabel="Choisir un besoin…"
        options={(needs ?? []).map((candidate) => ({ value: String(candidate.id), label: candidate.title }))}
        registerOptions={{
          setValueAs: (value: string) => (value === '' || value === null ? null : Number(value))
        }}
        hint="Un besoin manque dans la liste ?"
      />
      <p className="field-hint">
        <Link to="/besoins">Enregistrer un nouveau besoin local</Link>
      </p>
      {need ? (
        <dl className="definition-list summary-card">
          <dt>Domaine</dt>
          <dd>{need.domainLabel ?? '—'}</dd>
          <dt>Territoire</dt>
          <dd>{need.communes.map((commune) => commune.name).join(', ') || '—'}</dd>
          <dt>Public</dt>
          <dd>{need.targetPublic || '—'}</dd>
        </dl>
      ) : null}
      <TextField<AgreementContent>
        name="title"
        label="Titre de la convention"
        required
        hint="Par exemple : « Relais Poste ESS de Sauveterre-de-Béarn »."
      />
    </>
  )
}
